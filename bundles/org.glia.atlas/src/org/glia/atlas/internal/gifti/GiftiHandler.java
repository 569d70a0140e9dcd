package org.glia.atlas.internal.gifti;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the data arrays of a GIfTI document as the SAX parser reads it; a fault becomes a
 * {@link SAXException} whose message names the array (1-based) and what is wrong.
 */
final class GiftiHandler extends DefaultHandler {

    /** Largest number of values accepted in one array (checked before decoding). */
    static final long MAX_VALUES = 64L << 20;

    private final List<GiftiArray> arrays = new ArrayList<>();
    private Attributes current;
    private StringBuilder data;
    private int number;

    List<GiftiArray> arrays() {
        return arrays;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
        return SecureXml.nothing();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (qName.equals("DataArray")) {
            number++;
            current = new AttributesImpl(attributes);
        } else if (qName.equals("Data") && current != null) {
            data = new StringBuilder();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (data != null) {
            data.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (qName.equals("Data") && data != null) {
            arrays.add(decode(current, data));
            data = null;
        } else if (qName.equals("DataArray")) {
            current = null;
        }
    }

    private GiftiArray decode(Attributes a, CharSequence text) throws SAXException {
        String where = "data array " + number + ": ";
        String intent = value(a, "Intent", "NIFTI_INTENT_NONE");
        int dims = integer(a, "Dimensionality", 1, where);
        if (dims < 1 || dims > 2) {
            throw new SAXException(where + "Dimensionality must be 1 or 2, got " + dims);
        }
        int rows = integer(a, "Dim0", -1, where);
        int cols = dims == 2 ? integer(a, "Dim1", -1, where) : 1;
        if (rows < 0 || cols < 1) {
            throw new SAXException(where + "Dim0/Dim1 missing or negative");
        }
        long count = (long) rows * cols;
        if (count > MAX_VALUES) {
            throw new SAXException(where + count + " values, over the limit of " + MAX_VALUES);
        }
        DataArrayDecoder.Type type = switch (value(a, "DataType", "")) {
            case "NIFTI_TYPE_FLOAT32" -> DataArrayDecoder.Type.FLOAT32;
            case "NIFTI_TYPE_INT32" -> DataArrayDecoder.Type.INT32;
            case "NIFTI_TYPE_UINT8" -> DataArrayDecoder.Type.UINT8;
            default -> throw new SAXException(where + "unsupported DataType '" + value(a, "DataType", "")
                    + "' (float32, int32 and uint8 are read)");
        };
        ByteOrder order = switch (value(a, "Endian", "LittleEndian")) {
            case "LittleEndian" -> ByteOrder.LITTLE_ENDIAN;
            case "BigEndian" -> ByteOrder.BIG_ENDIAN;
            default -> throw new SAXException(where + "unknown Endian '" + value(a, "Endian", "") + "'");
        };
        double[] values;
        try {
            values = DataArrayDecoder.decode(value(a, "Encoding", "ASCII"), type, order, text, (int) count);
        } catch (DataArrayDecoder.DecodeException e) {
            throw new SAXException(where + e.getMessage());
        }
        if (cols > 1 && "ColumnMajorOrder".equals(value(a, "ArrayIndexingOrder", "RowMajorOrder"))) {
            double[] t = new double[values.length];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    t[r * cols + c] = values[c * rows + r];
                }
            }
            values = t;
        }
        return new GiftiArray(intent, rows, cols, values);
    }

    private static String value(Attributes a, String name, String fallback) {
        String v = a.getValue(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static int integer(Attributes a, String name, int fallback, String where) throws SAXException {
        String v = a.getValue(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new SAXException(where + name + " is not a whole number: '" + v + "'");
        }
    }
}
