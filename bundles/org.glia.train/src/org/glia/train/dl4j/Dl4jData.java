package org.glia.train.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** A training set held once as ND4J matrices (features, one-hot classes), sliced into mini-batches by subject. */
final class Dl4jData {

    private final INDArray features;
    private final INDArray labels;

    /** Copies {@code x} and the one-hot coding of {@code y} (over {@code classes}) into double matrices. */
    Dl4jData(double[][] x, int[] y, int classes) {
        features = Nd4j.create(x);
        double[][] oneHot = new double[y.length][classes];
        for (int s = 0; s < y.length; s++) {
            oneHot[s][y[s]] = 1;
        }
        labels = Nd4j.create(oneHot);
        if (features.dataType() != DataType.DOUBLE || labels.dataType() != DataType.DOUBLE) {
            throw new IllegalStateException("ND4J made " + features.dataType() + " matrices from doubles");
        }
    }

    /** The subjects {@code order[from .. to)}, in that order, as a data set (no copy when that is everyone in order). */
    DataSet batch(int[] order, int from, int to) {
        if (from == 0 && to == features.rows() && isIdentity(order)) {
            return new DataSet(features, labels);
        }
        int[] rows = java.util.Arrays.copyOfRange(order, from, to);
        return new DataSet(features.getRows(rows), labels.getRows(rows));
    }

    /** The features of {@code subjects}, in that order. */
    INDArray features(int[] subjects) {
        return features.getRows(subjects);
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * The summed cross-entropy of predictions {@code p}, whose row {@code r} belongs to subject
     * {@code subjects[from + r]}; a zero probability counts as the smallest normal double, as in the Java engine.
     */
    static double crossEntropy(double[][] p, int[] y, int[] subjects, int from) {
        double loss = 0;
        for (int r = 0; r < p.length; r++) {
            loss -= StrictMath.log(Math.max(p[r][y[subjects[from + r]]], Double.MIN_NORMAL));
        }
        return loss;
    }

    /** How many rows of {@code p} put their largest probability (the first on ties) on the true class. */
    static int correct(double[][] p, int[] y, int[] subjects, int from) {
        int right = 0;
        for (int r = 0; r < p.length; r++) {
            int best = 0;
            for (int c = 1; c < p[r].length; c++) {
                if (p[r][c] > p[r][best]) {
                    best = c;
                }
            }
            right += best == y[subjects[from + r]] ? 1 : 0;
        }
        return right;
    }
}
