package org.glia.ui.training.internal.live;

import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix with its class names: {@code counts[i][j]} subjects of true class {@code i} predicted as
 * class {@code j}.
 *
 * @param classes the class names, one per row and column
 * @param counts  the square matrix of counts
 * @param source  what was counted, e.g. "test subjects of 10 folds" (for the view's caption)
 */
public record ConfusionMatrix(List<String> classes, int[][] counts, String source) {

    /** Checks the shape and copies. */
    public ConfusionMatrix {
        classes = List.copyOf(classes);
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != counts.length) {
                throw new IllegalArgumentException("the confusion matrix is not square");
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
        if (classes.size() != counts.length) {
            throw new IllegalArgumentException(classes.size() + " class names for " + counts.length + " classes");
        }
    }

    /** The matrix of {@code counts} naming the classes by {@code names}, or "class i" where names are missing. */
    public static ConfusionMatrix of(List<String> names, int[][] counts, String source) {
        List<String> classes = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            classes.add(names != null && i < names.size() && names.size() == counts.length ? names.get(i)
                    : "class " + i);
        }
        return new ConfusionMatrix(classes, counts, source);
    }

    /**
     * The matrix of a row-major list of counts (as recorded with a version), or null when it is empty or not a
     * square.
     */
    public static ConfusionMatrix ofRowMajor(List<String> names, List<Integer> values, String source) {
        int n = (int) Math.round(Math.sqrt(values.size()));
        if (n == 0 || n * n != values.size()) {
            return null;
        }
        int[][] counts = new int[n][n];
        for (int k = 0; k < values.size(); k++) {
            counts[k / n][k % n] = values.get(k);
        }
        return of(names, counts, source);
    }

    /** The number of classes. */
    public int size() {
        return counts.length;
    }

    /** Every subject counted. */
    public int total() {
        int t = 0;
        for (int[] row : counts) {
            for (int v : row) {
                t += v;
            }
        }
        return t;
    }

    /** Subjects counted on the diagonal (classified right). */
    public int correct() {
        int c = 0;
        for (int i = 0; i < counts.length; i++) {
            c += counts[i][i];
        }
        return c;
    }

    /** Subjects of true class {@code i}. */
    public int rowTotal(int i) {
        int t = 0;
        for (int v : counts[i]) {
            t += v;
        }
        return t;
    }
}
