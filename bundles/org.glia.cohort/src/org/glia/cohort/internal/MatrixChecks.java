package org.glia.cohort.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.glia.cohort.ConnectomeMatrix;
import org.glia.core.io.DataProblems;

/**
 * Validates one matrix: square, the cohort's region count, finite, non-negative and symmetric. Each rule
 * yields at most one problem per matrix, naming its first offending cell and how many cells break it, so
 * a bad file cannot flood the report.
 * <p>
 * Symmetry: cells (i, j) and (j, i) agree when {@code |a - b| <= 1e-6 * max(|a|, |b|)}. With the
 * symmetrise option a disagreeing matrix is replaced by (A + A<sup>T</sup>)/2 instead of refused.
 */
public final class MatrixChecks {

    /** Relative tolerance of the symmetry check. */
    public static final double SYMMETRY_TOLERANCE = 1e-6;

    /**
     * The result of a successful check.
     *
     * @param matrix        the accepted (possibly symmetrised) matrix
     * @param asymmetricPairs how many pairs were averaged (0 when the matrix was symmetric)
     * @param worstRelative the largest relative difference of a pair that was averaged
     */
    public record Accepted(ConnectomeMatrix matrix, int asymmetricPairs, double worstRelative) {
    }

    private final int expected;
    private final String expectedSource;
    private final boolean symmetrise;
    private final DataProblems problems;

    /**
     * @param expected       the region count every matrix must have, or 0 when unknown
     * @param expectedSource where that count comes from, for messages (e.g. "labels.tsv")
     * @param symmetrise     average asymmetric matrices instead of refusing them
     * @param problems       where faults go
     */
    public MatrixChecks(int expected, String expectedSource, boolean symmetrise, DataProblems problems) {
        this.expected = expected;
        this.expectedSource = expectedSource;
        this.symmetrise = symmetrise;
        this.problems = problems;
    }

    /**
     * Checks {@code m}; returns the accepted matrix, or {@code null} after recording the faults.
     *
     * @param file   the file the matrix came from
     * @param prefix where in the file, e.g. "subject sub-003 (matrix 12 of 95)", or "" for a whole file
     */
    public Accepted check(RawMatrix m, Path file, String prefix) {
        if (m.rows() == 0 || m.columns() == 0) {
            problems.add(file, prefix, "empty matrix");
            return null;
        }
        if (m.rows() != m.columns()) {
            problems.add(file, prefix, "matrix is " + m.rows() + " x " + m.columns() + ", not square");
            return null;
        }
        int n = m.rows();
        if (expected > 0 && n != expected) {
            problems.add(file, prefix, "matrix is " + n + " x " + n + " but " + expectedSource + " has " + expected
                    + " regions");
            return null;
        }
        boolean ok = checkValues(m, file, prefix);
        if (!ok) {
            return null;
        }
        return checkSymmetry(m, file, prefix);
    }

    private boolean checkValues(RawMatrix m, Path file, String prefix) {
        int n = m.rows();
        int nonFinite = 0;
        int negative = 0;
        int firstNonFinite = -1;
        int firstNegative = -1;
        for (int k = 0; k < n * n; k++) {
            double v = m.values()[k];
            if (!Double.isFinite(v)) {
                firstNonFinite = nonFinite++ == 0 ? k : firstNonFinite;
            } else if (v < 0) {
                firstNegative = negative++ == 0 ? k : firstNegative;
            }
        }
        if (nonFinite > 0) {
            problems.add(file, cell(prefix, firstNonFinite / n, firstNonFinite % n), "value is "
                    + m.values()[firstNonFinite] + ", not a finite number (" + count(nonFinite, "non-finite value")
                    + " in this matrix)");
        }
        if (negative > 0) {
            problems.add(file, cell(prefix, firstNegative / n, firstNegative % n), "negative value "
                    + m.values()[firstNegative] + ": connection weights cannot be negative ("
                    + count(negative, "negative value") + " in this matrix)");
        }
        return nonFinite == 0 && negative == 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private Accepted checkSymmetry(RawMatrix m, Path file, String prefix) {
        int n = m.rows();
        int bad = 0;
        double worst = 0;
        int wi = -1;
        int wj = -1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double a = m.get(i, j);
                double b = m.get(j, i);
                double diff = Math.abs(a - b);
                double scale = Math.max(Math.abs(a), Math.abs(b));
                if (diff > SYMMETRY_TOLERANCE * scale) {
                    bad++;
                    double rel = diff / scale;
                    if (wi < 0 || rel > worst) {
                        worst = rel;
                        wi = i;
                        wj = j;
                    }
                }
            }
        }
        if (bad == 0) {
            return new Accepted(ConnectomeMatrix.ofRowMajor(n, m.values()), 0, 0);
        }
        if (!symmetrise) {
            problems.add(file, cell(prefix, wi, wj), String.format(Locale.ROOT,
                    "not symmetric: %s here but %s at row %d, column %d (%d pair%s differ by more than 1e-6 "
                            + "relative; the symmetrise option would average them)",
                    m.get(wi, wj), m.get(wj, wi), wj + 1, wi + 1, bad, bad == 1 ? "" : "s"));
            return null;
        }
        double[] v = m.values().clone();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double avg = (v[i * n + j] + v[j * n + i]) / 2;
                v[i * n + j] = avg;
                v[j * n + i] = avg;
            }
        }
        return new Accepted(ConnectomeMatrix.ofRowMajor(n, v), bad, worst);
    }

    private static String cell(String prefix, int i, int j) {
        return (prefix.isEmpty() ? "" : prefix + ", ") + "row " + (i + 1) + ", column " + (j + 1);
    }
}
