package org.glia.cohort.tests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes .npy bytes for tests: any shape, float32/float64 or another dtype, either order and byte order. */
final class NpyWriter {

    private NpyWriter() {
    }

    /**
     * @param shape  the shape
     * @param cOrder the values in C order
     * @param descr  e.g. "&lt;f8", "&gt;f4", "&lt;i4"
     * @param fortran write in Fortran order (first index fastest)
     * @param major  format version (1 or 2)
     */
    static byte[] write(int[] shape, double[] cOrder, String descr, boolean fortran, int major) {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)" : "(" + dims.substring(0, dims.length() - 2) + ")";
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': "
                + shapeText + ", }";
        int prefix = major == 1 ? 10 : 12;
        int pad = 64 - (prefix + dict.length() + 1) % 64;
        String header = dict + " ".repeat(pad % 64) + "\n";
        int size = Integer.parseInt(descr.substring(2));
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer data = ByteBuffer.allocate(cOrder.length * size).order(order);
        double[] values = fortran ? toFortran(cOrder, shape) : cOrder;
        for (double v : values) {
            if (descr.charAt(1) == 'f') {
                if (size == 8) {
                    data.putDouble(v);
                } else {
                    data.putFloat((float) v);
                }
            } else {
                data.putInt((int) v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        ByteBuffer len = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            len.putShort((short) header.length());
        } else {
            len.putInt(header.length());
        }
        out.writeBytes(len.array());
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    /** Float64 little-endian C order, version 1. */
    static byte[] write(int[] shape, double[] cOrder) {
        return write(shape, cOrder, "<f8", false, 1);
    }

    private static double[] toFortran(double[] c, int[] shape) {
        double[] out = new double[c.length];
        int n = shape.length;
        int[] idx = new int[n];
        for (int k = 0; k < c.length; k++) {
            // k walks C order: last index fastest
            int f = 0;
            for (int a = n - 1; a >= 0; a--) {
                f = f * shape[a] + idx[a];
            }
            out[f] = c[k];
            for (int a = n - 1; a >= 0; a--) {
                if (++idx[a] < shape[a]) {
                    break;
                }
                idx[a] = 0;
            }
        }
        return out;
    }

    static double[] flatten(double[][] m) {
        int n = m.length;
        int c = m[0].length;
        double[] v = new double[n * c];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, v, i * c, c);
        }
        return v;
    }
}
