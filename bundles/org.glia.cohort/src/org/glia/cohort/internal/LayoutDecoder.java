package org.glia.cohort.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glia.cohort.MatrixLayout;
import org.glia.cohort.NumericArray;
import org.glia.cohort.SubjectAxis;
import org.glia.core.io.DataException;

/**
 * Cuts a file's {@link NumericArray} into region x region matrices according to a {@link MatrixLayout}.
 * <p>
 * Triangles are read row by row over the upper triangle ({@code (0,0), (0,1), ... (0,N-1), (1,1), ...}
 * with the diagonal; without it the diagonal is zero), which is NumPy's {@code triu_indices} order and
 * the order established for the eval-schz83 data. Stacks are N x N x S or S x N x N: the axis whose
 * extent differs from the other two runs over subjects; when all three are equal the cohort's
 * {@code subject_axis}, else the format's habit, decides.
 */
public final class LayoutDecoder {

    private final Path file;
    private final int regions;

    /**
     * @param file    the file, for messages
     * @param regions the label count N, or 0 when unknown
     */
    public LayoutDecoder(Path file, int regions) {
        this.file = file;
        this.regions = regions;
    }

    /** The single matrix of a per-subject file. */
    public RawMatrix single(NumericArray a, MatrixLayout layout) throws DataException {
        NumericArray s = squeeze(a);
        MatrixLayout l = layout == MatrixLayout.AUTO ? guessSingle(s) : layout;
        switch (l) {
            case SQUARE, STACK:
                if (s.dimensions() != 2) {
                    throw fail("a per-subject file must hold one 2-D matrix, found a " + s.shapeText() + " array");
                }
                return new RawMatrix(s.extent(0), s.extent(1), values(s));
            default:
                if (s.dimensions() != 1) {
                    throw fail("layout " + l.key() + " expects one vector of values, found a " + s.shapeText()
                            + " array");
                }
                return triangle(s, l, SubjectAxis.FIRST, 0, triangleLength(l, s.extent(0)));
        }
    }

    /** Every matrix of a multi-subject file, in file order. */
    public List<RawMatrix> all(NumericArray a, MatrixLayout layout, SubjectAxis axis) throws DataException {
        MatrixLayout l = layout == MatrixLayout.AUTO ? guessMulti(a) : layout;
        List<RawMatrix> out = new ArrayList<>();
        if (l == MatrixLayout.SQUARE) {
            out.add(single(a, l));
        } else if (l == MatrixLayout.STACK) {
            if (a.dimensions() != 3) {
                throw fail("layout stack expects a 3-D array, found " + a.shapeText());
            }
            SubjectAxis ax = stackAxis(a, axis);
            int s = ax == SubjectAxis.LAST ? a.extent(2) : a.extent(0);
            int r = ax == SubjectAxis.LAST ? a.extent(0) : a.extent(1);
            int c = ax == SubjectAxis.LAST ? a.extent(1) : a.extent(2);
            for (int k = 0; k < s; k++) {
                double[] v = new double[r * c];
                for (int i = 0; i < r; i++) {
                    for (int j = 0; j < c; j++) {
                        v[i * c + j] = ax == SubjectAxis.LAST ? a.at((i * c + j) * s + k) : a.at((k * r + i) * c + j);
                    }
                }
                out.add(new RawMatrix(r, c, v));
            }
        } else {
            if (a.dimensions() == 1) {
                out.add(triangle(a, l, SubjectAxis.FIRST, 0, triangleLength(l, a.extent(0))));
                return out;
            }
            if (a.dimensions() != 2) {
                throw fail("layout " + l.key() + " expects a 2-D array of vectors, found " + a.shapeText());
            }
            SubjectAxis ax = triangleAxis(a, l, axis);
            int len = ax == SubjectAxis.FIRST ? a.extent(1) : a.extent(0);
            int n = triangleLength(l, len);
            int s = ax == SubjectAxis.FIRST ? a.extent(0) : a.extent(1);
            for (int k = 0; k < s; k++) {
                out.add(triangle(a, l, ax, k, n));
            }
        }
        return out;
    }

    private MatrixLayout guessSingle(NumericArray s) {
        return s.dimensions() == 1 && s.extent(0) != 1 ? triangleFor(s.extent(0)) : MatrixLayout.SQUARE;
    }

    private MatrixLayout guessMulti(NumericArray a) throws DataException {
        if (a.dimensions() == 3) {
            return MatrixLayout.STACK;
        }
        if (a.dimensions() == 1) {
            return triangleFor(a.extent(0));
        }
        if (regions > 0) {
            for (MatrixLayout l : List.of(MatrixLayout.UPPER_TRI_DIAG, MatrixLayout.UPPER_TRI)) {
                long t = l.triangleLength(regions);
                if (a.extent(0) == t || a.extent(1) == t) {
                    return l;
                }
            }
        }
        if (a.extent(0) == a.extent(1)) {
            return MatrixLayout.SQUARE;
        }
        throw fail("cannot tell how the " + a.shapeText() + " array holds " + (regions > 0 ? regions + "-region" : "")
                + " matrices: set matrices.layout in cohort.json (stack, upper-tri-diag, upper-tri or square)");
    }

    private MatrixLayout triangleFor(int length) {
        if (regions > 0 && length == MatrixLayout.UPPER_TRI.triangleLength(regions)) {
            return MatrixLayout.UPPER_TRI;
        }
        return MatrixLayout.UPPER_TRI_DIAG;
    }

    private SubjectAxis stackAxis(NumericArray a, SubjectAxis given) {
        if (given != null) {
            return given;
        }
        if (a.extent(0) == a.extent(1) && a.extent(2) != a.extent(0)) {
            return SubjectAxis.LAST;
        }
        if (a.extent(1) == a.extent(2) && a.extent(0) != a.extent(1)) {
            return SubjectAxis.FIRST;
        }
        return a.subjectAxisHint();
    }

    private SubjectAxis triangleAxis(NumericArray a, MatrixLayout l, SubjectAxis given) throws DataException {
        if (given != null) {
            return given;
        }
        if (regions <= 0) {
            return a.subjectAxisHint();
        }
        long t = l.triangleLength(regions);
        boolean rows = a.extent(0) == t;
        boolean cols = a.extent(1) == t;
        if (rows && !cols) {
            return SubjectAxis.LAST;
        }
        if (cols && !rows) {
            return SubjectAxis.FIRST;
        }
        if (rows) {
            return a.subjectAxisHint();
        }
        throw fail("neither extent of the " + a.shapeText() + " array is " + t + ", the length of a " + l.key()
                + " vector for " + regions + " regions");
    }

    /** The region count a vector of {@code length} values implies, checked against the labels. */
    private int triangleLength(MatrixLayout l, int length) throws DataException {
        if (regions > 0) {
            long t = l.triangleLength(regions);
            if (length != t) {
                throw fail("a " + l.key() + " vector for " + regions + " regions has " + t + " values, found "
                        + length);
            }
            return regions;
        }
        int offset = l == MatrixLayout.UPPER_TRI_DIAG ? 1 : -1;
        int n = (int) Math.round((Math.sqrt(8.0 * length + 1) - offset) / 2);
        if (n < 1 || l.triangleLength(n) != length) {
            throw fail(length + " values are not a " + l.key() + " vector of any region count");
        }
        return n;
    }

    private RawMatrix triangle(NumericArray a, MatrixLayout l, SubjectAxis ax, int subject, int n) {
        boolean diag = l == MatrixLayout.UPPER_TRI_DIAG;
        int len = (int) l.triangleLength(n);
        int subjects = a.dimensions() == 1 ? 1 : ax == SubjectAxis.FIRST ? a.extent(0) : a.extent(1);
        double[] v = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = diag ? i : i + 1; j < n; j++) {
                double x = ax == SubjectAxis.FIRST ? a.at(subject * len + k) : a.at(k * subjects + subject);
                v[i * n + j] = x;
                v[j * n + i] = x;
                k++;
            }
        }
        return new RawMatrix(n, n, v);
    }

    private static NumericArray squeeze(NumericArray a) {
        int[] shape = a.shape();
        int[] kept = java.util.Arrays.stream(shape).filter(d -> d != 1).toArray();
        if (kept.length == shape.length || kept.length == 0) {
            return a;
        }
        double[] v = values(a);
        return new NumericArray(kept, v, a.subjectAxisHint());
    }

    private static double[] values(NumericArray a) {
        double[] v = new double[a.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.at(i);
        }
        return v;
    }

    private DataException fail(String message) {
        return new DataException(file, message);
    }
}
