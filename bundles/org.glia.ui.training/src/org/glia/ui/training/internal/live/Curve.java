package org.glia.ui.training.internal.live;

import java.util.Arrays;

import org.glia.train.EpochStats;

/** The growing per-epoch values of one training while it runs; not thread-safe (its {@link LiveRun} guards it). */
final class Curve {

    private final int fold;
    private double[][] values = new double[5][16];
    private int size;

    Curve(int fold) {
        this.fold = fold;
    }

    /** Appends an epoch; a repeated or earlier epoch number replaces the curve from there on. */
    void add(EpochStats s) {
        int at = size;
        while (at > 0 && values[0][at - 1] >= s.epoch()) {
            at--;
        }
        if (at == values[0].length) {
            for (int k = 0; k < values.length; k++) {
                values[k] = Arrays.copyOf(values[k], at * 2);
            }
        }
        values[0][at] = s.epoch();
        values[1][at] = s.loss();
        values[2][at] = s.accuracy();
        values[3][at] = s.validationLoss();
        values[4][at] = s.validationAccuracy();
        size = at + 1;
    }

    /** The values seen so far, copied. */
    Series toSeries() {
        return new Series(fold, Arrays.copyOf(values[0], size), Arrays.copyOf(values[1], size),
                Arrays.copyOf(values[2], size), Arrays.copyOf(values[3], size), Arrays.copyOf(values[4], size));
    }
}
