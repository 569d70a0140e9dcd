package org.glia.cohort;

import java.util.Locale;

/**
 * Which axis of a multi-subject array runs over subjects (cohort.json {@code matrices.subject_axis}):
 * the first (rows of a 2-D array, S x N x N) or the last (columns, N x N x S).
 */
public enum SubjectAxis {
    /** Subjects along the first axis: rows of a 2-D array, or S x N x N. */
    FIRST,
    /** Subjects along the last axis: columns of a 2-D array, or N x N x S (MATLAB's habit). */
    LAST;

    /** The axis named {@code key}: first/rows or last/columns (case-insensitive), or {@code null}. */
    public static SubjectAxis byKey(String key) {
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "first", "rows" -> FIRST;
            case "last", "columns" -> LAST;
            default -> null;
        };
    }
}
