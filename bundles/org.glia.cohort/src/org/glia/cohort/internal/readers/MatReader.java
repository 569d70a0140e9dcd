package org.glia.cohort.internal.readers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.glia.cohort.ConnectomeReader;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.SubjectAxis;
import org.glia.core.io.DataException;

import us.hebi.matlab.mat.format.BufferAllocator;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sources;

/**
 * Reads one real numeric variable (2-D or 3-D) of a MATLAB Level 5 .mat file (saved with -v6 or -v7)
 * through mfl-core. The variable is the one cohort.json names, or the only numeric one in the file.
 * Version 7.3 files are HDF5 and are refused with a hint to re-save them.
 */
public final class MatReader implements ConnectomeReader {

    @Override
    public NumericArray read(MatrixSource source) throws DataException {
        byte[] bytes = source.readAllBytes();
        if (bytes.length == 0) {
            throw source.problem("empty file");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 116), StandardCharsets.ISO_8859_1);
        if (head.startsWith("MATLAB 7.3")) {
            throw source.problem("MATLAB v7.3 (HDF5) files are not supported: re-save with save(..., '-v7')");
        }
        if (bytes.length < 128 || !head.startsWith("MATLAB")) {
            throw source.problem("not a MATLAB v5 .mat file (no 'MATLAB 5.0 MAT-file' header)");
        }
        MatFile mat;
        try {
            mat = Mat5.newReader(Sources.wrap(bytes)).setBufferAllocator(new Bounded(source.maxBytes())).readMat();
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw source.problem("a variable needs more than the limit of " + source.maxBytes() + " bytes");
                }
            }
            throw source.problem("unreadable or truncated .mat file: " + e.getMessage());
        }
        Matrix m = select(source, mat);
        int[] dims = m.getDimensions();
        if (dims.length > 3) {
            throw source.problem("variable '" + name(source, mat, m) + "' has " + dims.length
                    + " dimensions; expected a 2-D matrix or a 3-D stack");
        }
        return new NumericArray(dims, toCOrder(m, dims), SubjectAxis.LAST);
    }

    /** The variable named by the cohort, or the only real numeric one. */
    private static Matrix select(MatrixSource source, MatFile mat) throws DataException {
        List<String> numeric = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (MatFile.Entry e : mat.getEntries()) {
            all.add(e.getName() + " (" + describe(e.getValue()) + ")");
            if (isRealNumeric(e.getValue())) {
                numeric.add(e.getName());
            }
        }
        String wanted = source.variable();
        if (wanted != null) {
            for (MatFile.Entry e : mat.getEntries()) {
                if (e.getName().equals(wanted)) {
                    if (!isRealNumeric(e.getValue())) {
                        throw source.problem("variable '" + wanted + "' is " + describe(e.getValue())
                                + ", not a real numeric matrix");
                    }
                    return (Matrix) e.getValue();
                }
            }
            throw source.problem("no variable '" + wanted + "' in the file; it holds: "
                    + (all.isEmpty() ? "nothing" : String.join(", ", all)));
        }
        if (numeric.size() == 1) {
            return mat.getMatrix(numeric.get(0));
        }
        if (numeric.isEmpty()) {
            throw source.problem("no real numeric matrix in the file; it holds: "
                    + (all.isEmpty() ? "nothing" : String.join(", ", all)));
        }
        throw source.problem("the file holds several numeric variables (" + String.join(", ", numeric)
                + "): name one in cohort.json as matrices.variable");
    }

    private static boolean isRealNumeric(Array a) {
        return a instanceof Matrix m && !m.isComplex() && !m.isLogical();
    }

    private static String describe(Array a) {
        StringBuilder sb = new StringBuilder();
        int[] d = a.getDimensions();
        for (int i = 0; i < d.length; i++) {
            sb.append(i == 0 ? "" : "x").append(d[i]);
        }
        String kind = a instanceof Matrix m && m.isComplex() ? "complex " + a.getType() : String.valueOf(a.getType());
        return sb.append(' ').append(kind).toString();
    }

    private static String name(MatrixSource source, MatFile mat, Matrix m) {
        for (MatFile.Entry e : mat.getEntries()) {
            if (e.getValue() == m) {
                return e.getName();
            }
        }
        return source.variable();
    }

    /** MATLAB stores column-major (first index fastest); NumericArray wants C order. */
    private static double[] toCOrder(Matrix m, int[] dims) {
        int d0 = dims[0];
        int d1 = dims[1];
        int d2 = dims.length == 3 ? dims[2] : 1;
        double[] out = new double[d0 * d1 * d2];
        for (int k = 0; k < d2; k++) {
            for (int j = 0; j < d1; j++) {
                for (int i = 0; i < d0; i++) {
                    out[(i * d1 + j) * d2 + k] = m.getDouble(i + d0 * (j + d1 * k));
                }
            }
        }
        return out;
    }

    /** Signals an allocation past the limit, so a forged or compressed variable cannot exhaust memory. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Heap buffers for mfl-core, each checked against the size limit before it is allocated. */
    private record Bounded(long limit) implements BufferAllocator {
        @Override
        public java.nio.ByteBuffer allocate(int numBytes) {
            if (numBytes > limit) {
                throw new TooLarge();
            }
            return java.nio.ByteBuffer.allocate(numBytes);
        }

        @Override
        public void release(java.nio.ByteBuffer buffer) {
            // heap buffers: nothing to free
        }
    }
}
