package org.glia.cohort.internal.readers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glia.cohort.ConnectomeReader;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.SubjectAxis;
import org.glia.core.io.DataException;

/**
 * Reads NumPy {@code .npy} files (format versions 1 to 3) holding float32 or float64 arrays of 1 to 3
 * dimensions, either byte order, C or Fortran order. Every other dtype is refused: connectomes are real
 * weights, and silently converting integers or complex numbers would hide a wrong file.
 */
public final class NpyReader implements ConnectomeReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    @Override
    public NumericArray read(MatrixSource source) throws DataException {
        ByteBuffer buf = ByteBuffer.wrap(source.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        if (buf.remaining() == 0) {
            throw source.problem("empty file");
        }
        for (byte b : MAGIC) {
            if (buf.remaining() == 0 || buf.get() != b) {
                throw source.problem("not a NumPy .npy file (magic \\x93NUMPY missing)");
            }
        }
        if (buf.remaining() < 4) {
            throw source.problem("truncated .npy header");
        }
        int major = buf.get() & 0xFF;
        buf.get();
        long headerLength;
        if (major == 1) {
            headerLength = buf.getShort() & 0xFFFF;
        } else if (major == 2 || major == 3) {
            if (buf.remaining() < 4) {
                throw source.problem("truncated .npy header");
            }
            headerLength = buf.getInt() & 0xFFFFFFFFL;
        } else {
            throw source.problem(".npy format version " + major + " is not supported (1 to 3 are)");
        }
        if (headerLength > buf.remaining()) {
            throw source.problem("truncated .npy header: " + headerLength + " bytes announced, " + buf.remaining()
                    + " present");
        }
        byte[] h = new byte[(int) headerLength];
        buf.get(h);
        Header header = parseHeader(source, new String(h, StandardCharsets.UTF_8));
        long count = 1;
        long expectedBytes;
        try {
            for (int d : header.shape) {
                count = Math.multiplyExact(count, d);
            }
            expectedBytes = Math.multiplyExact(count, header.itemSize);
        } catch (ArithmeticException e) {
            expectedBytes = Long.MAX_VALUE; // a forged shape: fails the size check below
        }
        if (expectedBytes != buf.remaining()) {
            throw source.problem("shape " + text(header.shape) + " of " + header.descr + " needs " + expectedBytes
                    + " data bytes but the file has " + buf.remaining() + (expectedBytes > buf.remaining()
                            ? " (truncated)" : ""));
        }
        buf.order(header.order);
        double[] raw = new double[(int) count];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = header.itemSize == 8 ? buf.getDouble() : buf.getFloat();
        }
        double[] values = header.fortran ? toCOrder(raw, header.shape) : raw;
        return new NumericArray(header.shape, values, SubjectAxis.FIRST);
    }

    /** What the header dictionary says. */
    private record Header(String descr, ByteOrder order, int itemSize, boolean fortran, int[] shape) {
    }

    private static Header parseHeader(MatrixSource source, String dict) throws DataException {
        Matcher d = DESCR.matcher(dict);
        Matcher f = FORTRAN.matcher(dict);
        Matcher s = SHAPE.matcher(dict);
        if (!d.find() || !f.find() || !s.find()) {
            throw source.problem("unreadable .npy header: " + dict.strip());
        }
        String descr = d.group(1);
        ByteOrder order = switch (descr.isEmpty() ? ' ' : descr.charAt(0)) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            default -> null;
        };
        String type = descr.length() == 3 ? descr.substring(1) : "";
        int itemSize = type.equals("f8") ? 8 : type.equals("f4") ? 4 : 0;
        if (order == null || itemSize == 0) {
            throw source.problem("dtype '" + descr + "' is not supported: save the matrix as float32 or float64 "
                    + "('<f4', '>f4', '<f8', '>f8')");
        }
        String[] parts = s.group(1).split(",");
        int dims = 0;
        int[] shape = new int[parts.length];
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            try {
                shape[dims++] = Integer.parseInt(p.strip().replace("L", ""));
            } catch (NumberFormatException e) {
                throw source.problem("bad shape in .npy header: (" + s.group(1) + ")");
            }
        }
        if (dims < 1 || dims > 3) {
            throw source.problem(dims + "-dimensional array: expected 1 to 3 dimensions");
        }
        int[] exact = java.util.Arrays.copyOf(shape, dims);
        for (int e : exact) {
            if (e < 0) {
                throw source.problem("bad shape in .npy header: (" + s.group(1) + ")");
            }
        }
        return new Header(descr, order, itemSize, f.group(1).equals("True"), exact);
    }

    /** Reorders Fortran-order (first index fastest) values into C order. */
    static double[] toCOrder(double[] fortran, int[] shape) {
        int n = shape.length;
        double[] out = new double[fortran.length];
        int[] idx = new int[n];
        for (int k = 0; k < fortran.length; k++) {
            int c = 0;
            for (int a = 0; a < n; a++) {
                c = c * shape[a] + idx[a];
            }
            out[c] = fortran[k];
            for (int a = 0; a < n; a++) {
                if (++idx[a] < shape[a]) {
                    break;
                }
                idx[a] = 0;
            }
        }
        return out;
    }

    private static String text(int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : " x ").append(shape[i]);
        }
        return sb.toString();
    }
}
