package org.glia.atlas.internal.gifti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Decodes the text of a GIfTI {@code <Data>} element into exactly the announced number of values:
 * ASCII (whitespace separated), Base64Binary, or GZipBase64Binary (zlib, as the format specifies;
 * gzip is accepted too). Compressed data is inflated only up to the announced size (no zip bombs).
 */
public final class DataArrayDecoder {

    /** The element types read. */
    public enum Type {
        /** NIFTI_TYPE_FLOAT32. */
        FLOAT32(4),
        /** NIFTI_TYPE_INT32. */
        INT32(4),
        /** NIFTI_TYPE_UINT8. */
        UINT8(1);

        final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }
    }

    /** A fault in the data, reported by the caller with the file and array number. */
    public static final class DecodeException extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeException(String message) {
            super(message);
        }
    }

    private DataArrayDecoder() {
    }

    /** The values as doubles (float32 and integer values are exact in a double). */
    public static double[] decode(String encoding, Type type, ByteOrder order, CharSequence text, int count)
            throws DecodeException {
        return switch (encoding) {
            case "ASCII" -> ascii(text, count, type);
            case "Base64Binary" -> binary(base64(text), type, order, count);
            case "GZipBase64Binary" -> binary(inflate(base64(text), (long) count * type.bytes), type, order, count);
            case "ExternalFileBinary" -> throw new DecodeException("external data files are not supported");
            default -> throw new DecodeException("unknown encoding '" + encoding + "'");
        };
    }

    private static double[] ascii(CharSequence text, int count, Type type) throws DecodeException {
        double[] out = new double[count];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (n == count) {
                throw new DecodeException("more than the " + count + " values announced");
            }
            String token = text.subSequence(start, i).toString();
            try {
                out[n] = type == Type.FLOAT32 ? Float.parseFloat(token) : Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw new DecodeException("value " + (n + 1) + " is not a number: '" + token + "'");
            }
            n++;
        }
        if (n != count) {
            throw new DecodeException(count + " values announced, " + n + " found");
        }
        return out;
    }

    private static byte[] base64(CharSequence text) throws DecodeException {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(sb.toString());
        } catch (IllegalArgumentException e) {
            throw new DecodeException("bad base64 data: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] packed, long expected) throws DecodeException {
        if (expected > Integer.MAX_VALUE - 8) {
            throw new DecodeException("data array too large: " + expected + " bytes");
        }
        boolean gzip = packed.length > 1 && (packed[0] & 0xff) == 0x1f && (packed[1] & 0xff) == 0x8b;
        byte[] out = new byte[(int) expected];
        try (InputStream in = gzip ? new GZIPInputStream(new ByteArrayInputStream(packed))
                : new InflaterInputStream(new ByteArrayInputStream(packed))) {
            int got = in.readNBytes(out, 0, out.length);
            if (got < out.length) {
                throw new DecodeException("compressed data holds " + got + " bytes, " + expected + " announced");
            }
            if (in.read() >= 0) {
                throw new DecodeException("compressed data holds more than the " + expected + " bytes announced");
            }
        } catch (IOException e) {
            throw new DecodeException("corrupt compressed data: " + e.getMessage());
        }
        return out;
    }

    private static double[] binary(byte[] bytes, Type type, ByteOrder order, int count) throws DecodeException {
        if (bytes.length != (long) count * type.bytes) {
            throw new DecodeException(count + " values need " + (long) count * type.bytes + " bytes, found "
                    + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case FLOAT32 -> b.getFloat(4 * i);
                case INT32 -> b.getInt(4 * i);
                case UINT8 -> bytes[i] & 0xff;
            };
        }
        return out;
    }
}
