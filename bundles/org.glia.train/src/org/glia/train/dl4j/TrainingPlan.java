package org.glia.train.dl4j;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.eval.StratifiedSplit;

/**
 * Which subjects a training run fits and validates on, and in which mini-batches, drawn from the seed exactly as
 * {@link JavaTrainer} draws them: both engines see the same split and the same batches for the same settings.
 * <p>
 * The seed's generator is split twice: the first child draws the stratified validation hold-out, the second
 * shuffles the training subjects before every epoch, only when there is more than one batch.
 */
final class TrainingPlan {

    private final int[] train;
    private final int[] validation;
    private final int batch;
    private final int[] order;
    private final SplittableRandom shuffle;

    private TrainingPlan(int[] train, int[] validation, int batch, SplittableRandom shuffle) {
        this.train = train;
        this.validation = validation;
        this.batch = batch;
        this.order = train.clone();
        this.shuffle = shuffle;
    }

    /** The plan for classes {@code y} under {@code s}. */
    static TrainingPlan of(int[] y, TrainSettings s) {
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom splitRandom = root.split();
        SplittableRandom shuffleRandom = root.split();
        int[] all = IntStream.range(0, y.length).toArray();
        int[] train = all;
        int[] val = new int[0];
        if (s.earlyStopping()) {
            int[][] split = StratifiedSplit.holdout(y, all, s.validationFraction(), splitRandom);
            train = split[0];
            val = split[1];
        }
        int batch = s.batchSize() == 0 || s.batchSize() >= train.length ? train.length : s.batchSize();
        return new TrainingPlan(train, val, batch, shuffleRandom);
    }

    /** The training subjects (sorted). */
    int[] train() {
        return train;
    }

    /** The validation subjects (sorted; empty without early stopping). */
    int[] validation() {
        return validation;
    }

    /** Subjects per mini-batch; the last batch of an epoch may be smaller. */
    int batchSize() {
        return batch;
    }

    /** True when one batch holds every training subject. */
    boolean fullBatch() {
        return batch == train.length;
    }

    /**
     * The order of the training subjects for the next epoch: reshuffled (continuing from the previous epoch's
     * order) with mini-batches, the sorted subjects with a full batch. The array is reused.
     */
    int[] nextEpoch() {
        if (!fullBatch()) {
            StratifiedSplit.shuffle(order, shuffle);
        }
        return order;
    }
}
