package org.glia.cohort;

import java.util.Locale;

/**
 * How the numbers of a matrix file map onto region x region matrices (cohort.json
 * {@code matrices.layout}).
 */
public enum MatrixLayout {
    /** Decide from the array's shape and the region count (see docs/demo-cohort.md). */
    AUTO("auto"),
    /** One N x N matrix (a per-subject file). */
    SQUARE("square"),
    /** A 3-D array of N x N matrices, one per subject (N x N x S or S x N x N). */
    STACK("stack"),
    /** Upper triangles with the diagonal, row by row: N(N+1)/2 values per subject. */
    UPPER_TRI_DIAG("upper-tri-diag"),
    /** Upper triangles without the diagonal (zero diagonal), row by row: N(N-1)/2 values per subject. */
    UPPER_TRI("upper-tri");

    private final String key;

    MatrixLayout(String key) {
        this.key = key;
    }

    /** The name used in cohort.json. */
    public String key() {
        return key;
    }

    /** The layout named {@code key} (case-insensitive), or {@code null}. */
    public static MatrixLayout byKey(String key) {
        for (MatrixLayout l : values()) {
            if (l.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }

    /** Values per subject for {@code n} regions in a triangle layout. */
    public long triangleLength(int n) {
        return switch (this) {
            case UPPER_TRI_DIAG -> (long) n * (n + 1) / 2;
            case UPPER_TRI -> (long) n * (n - 1) / 2;
            default -> throw new IllegalStateException(key + " is not a triangle layout");
        };
    }
}
