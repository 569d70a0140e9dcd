package org.glia.train.eval;

import java.util.Arrays;

/**
 * Classification scores: accuracy, balanced accuracy, confusion matrix and the area under the ROC curve.
 */
public final class Scores {

    private Scores() {
    }

    /** Share of subjects whose predicted class is the true one; NaN without subjects. */
    public static double accuracy(int[] truth, int[] predicted) {
        if (truth.length == 0) {
            return Double.NaN;
        }
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                right++;
            }
        }
        return (double) right / truth.length;
    }

    /** Counts, rows = true class, columns = predicted class. */
    public static int[][] confusion(int[] truth, int[] predicted, int classes) {
        int[][] c = new int[classes][classes];
        for (int i = 0; i < truth.length; i++) {
            c[truth[i]][predicted[i]]++;
        }
        return c;
    }

    /**
     * The mean recall over the classes that occur in {@code truth} (classes absent from the truth are left out,
     * as their recall is undefined); NaN without subjects.
     */
    public static double balancedAccuracy(int[] truth, int[] predicted, int classes) {
        int[][] c = confusion(truth, predicted, classes);
        double sum = 0;
        int present = 0;
        for (int k = 0; k < classes; k++) {
            int n = Arrays.stream(c[k]).sum();
            if (n > 0) {
                sum += (double) c[k][k] / n;
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /**
     * The binary AUC: the probability that a random positive scores higher than a random negative, ties counting
     * one half (the Mann-Whitney U statistic over {@code n1 * n0}, with mid-ranks for ties); NaN when either class is
     * absent.
     *
     * @param positive true for the subjects of the positive class
     * @param score    the score of each subject, higher meaning more positive
     */
    public static double auc(boolean[] positive, double[] score) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(score[i], score[j]));
        double rankSum = 0;
        long n1 = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && Double.compare(score[order[j + 1]], score[order[i]]) == 0) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSum += midRank;
                    n1++;
                }
            }
            i = j + 1;
        }
        long n0 = n - n1;
        if (n1 == 0 || n0 == 0) {
            return Double.NaN;
        }
        return (rankSum - n1 * (n1 + 1) / 2.0) / ((double) n1 * n0);
    }

    /**
     * The AUC of class-probability outputs: for two classes the binary AUC of class 1's probability; for more,
     * the mean of the one-vs-rest AUCs over the classes whose AUC is defined (NaN if none is).
     */
    public static double auc(int[] truth, double[][] probabilities, int classes) {
        if (classes == 2) {
            return auc(is(truth, 1), column(probabilities, 1));
        }
        double sum = 0;
        int defined = 0;
        for (int k = 0; k < classes; k++) {
            double a = auc(is(truth, k), column(probabilities, k));
            if (!Double.isNaN(a)) {
                sum += a;
                defined++;
            }
        }
        return defined == 0 ? Double.NaN : sum / defined;
    }

    private static boolean[] is(int[] truth, int k) {
        boolean[] b = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            b[i] = truth[i] == k;
        }
        return b;
    }

    private static double[] column(double[][] p, int k) {
        double[] c = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i][k];
        }
        return c;
    }
}
