package org.glia.train;

import java.util.Objects;

/**
 * How to train a network, shared by every {@link Trainer} engine (Java, DeepLearning4J).
 * <p>
 * Adam (beta1 0.9, beta2 0.999, epsilon 1e-8) minimises the mean softmax cross-entropy of each mini-batch plus
 * {@code l2 / 2} times the sum of squared weights (biases are not penalised). With {@code patience > 0} and
 * {@code validationFraction > 0}, a stratified share of the training subjects is held out; training stops after
 * {@code patience} epochs without a lower validation loss and returns the weights of the best epoch.
 *
 * @param engine             the engine id, e.g. {@link #JAVA} or {@link #DL4J}
 * @param learningRate       Adam's step size, &gt; 0
 * @param epochs             the maximum number of passes over the training data, &gt;= 1
 * @param batchSize          subjects per mini-batch; 0 (or anything &gt;= the number of subjects) for full batch
 * @param l2                 L2 penalty coefficient on the weights, &gt;= 0
 * @param patience           early stopping patience in epochs; 0 for none
 * @param validationFraction share of subjects held out for early stopping, in [0, 1)
 * @param seed               seed of the validation split and the shuffling; same seed, same weights bit for bit
 */
public record TrainSettings(String engine, double learningRate, int epochs, int batchSize, double l2, int patience,
        double validationFraction, long seed) {

    /** The engine id of the plain Java trainer. */
    public static final String JAVA = "java";
    /** The engine id of the DeepLearning4J trainer. */
    public static final String DL4J = "dl4j";

    /** Validates the values. */
    public TrainSettings {
        Objects.requireNonNull(engine, "engine");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("training needs at least one epoch, not " + epochs);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("the batch size must be 0 (full batch) or positive, not " + batchSize);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("the L2 coefficient must be 0 or positive, not " + l2);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("the patience must be 0 (no early stopping) or positive, not " + patience);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be in [0, 1), not " + validationFraction);
        }
    }

    /** Java engine, learning rate 0.01, 200 epochs, full batch, L2 1e-4, no early stopping (fraction 0.2 if enabled), seed 1. */
    public static TrainSettings defaults() {
        return new TrainSettings(JAVA, 0.01, 200, 0, 1e-4, 0, 0.2, 1);
    }

    /** True when early stopping on a validation split is on. */
    public boolean earlyStopping() {
        return patience > 0 && validationFraction > 0;
    }

    /** A copy with another engine. */
    public TrainSettings withEngine(String value) {
        return new TrainSettings(value, learningRate, epochs, batchSize, l2, patience, validationFraction, seed);
    }

    /** A copy with another learning rate. */
    public TrainSettings withLearningRate(double value) {
        return new TrainSettings(engine, value, epochs, batchSize, l2, patience, validationFraction, seed);
    }

    /** A copy with another number of epochs. */
    public TrainSettings withEpochs(int value) {
        return new TrainSettings(engine, learningRate, value, batchSize, l2, patience, validationFraction, seed);
    }

    /** A copy with another batch size (0: full batch). */
    public TrainSettings withBatchSize(int value) {
        return new TrainSettings(engine, learningRate, epochs, value, l2, patience, validationFraction, seed);
    }

    /** A copy with another L2 coefficient. */
    public TrainSettings withL2(double value) {
        return new TrainSettings(engine, learningRate, epochs, batchSize, value, patience, validationFraction, seed);
    }

    /** A copy with early stopping after {@code patience} epochs on a {@code fraction} validation split. */
    public TrainSettings withEarlyStopping(int value, double fraction) {
        return new TrainSettings(engine, learningRate, epochs, batchSize, l2, value, fraction, seed);
    }

    /** A copy with another seed. */
    public TrainSettings withSeed(long value) {
        return new TrainSettings(engine, learningRate, epochs, batchSize, l2, patience, validationFraction, value);
    }
}
