package org.glia.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.glia.explain.AttributionMethods;
import org.glia.train.TrainSettings;
import org.glia.train.Trainers;

/**
 * What {@code glia analyze} does: which cohort and classes, the network, the training, the evaluation and
 * the explanation method. Immutable; {@link #defaults(Path, Path)} gives the documented defaults.
 *
 * @param cohort       the cohort folder
 * @param out          the folder the files are written to (created when missing)
 * @param classes      the diagnoses to tell apart, in output-node order; empty for every diagnosis of the cohort
 *                     in order of first appearance
 * @param hidden       the hidden layer sizes, e.g. [4] or [4, 4]
 * @param activation   the hidden layers' activation id: relu, tanh, sigmoid or identity
 * @param folds        the number of stratified cross-validation folds (at least 2)
 * @param epochs       training epochs (full batch)
 * @param learningRate Adam's learning rate
 * @param l2           L2 penalty on the weights
 * @param seed         the seed of every random process (initial weights, folds, permutations, deletion orders)
 * @param method       the attribution method of importance.csv, e.g. {@code "paper"}
 * @param permutations label permutations of the permutation test; 0 for none
 * @param engine       the training engine: java, dl4j, or auto (the faster one for the network and data)
 * @param brains       whether to render the class maps on the atlas for the report (when a renderer and OpenGL
 *                     are available)
 */
public record AnalysisOptions(Path cohort, Path out, List<String> classes, List<Integer> hidden, String activation,
        int folds, int epochs, double learningRate, double l2, long seed, String method, int permutations,
        String engine, boolean brains) {

    /** Default hidden layers: one of 4 nodes, as in the paper's Figure 6(a). */
    public static final List<Integer> DEFAULT_HIDDEN = List.of(4);
    /** Default hidden activation. */
    public static final String DEFAULT_ACTIVATION = "relu";
    /** Default number of folds. */
    public static final int DEFAULT_FOLDS = 10;
    /** Default number of epochs. */
    public static final int DEFAULT_EPOCHS = 200;
    /** Default learning rate (the trainer's default). */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /**
     * Default L2 penalty: strong, because connectome studies have more regions than subjects (90 features, 62
     * subjects in the demo); it raises cross-validated accuracy and moves the weights of uninformative regions
     * towards zero, which the explanation maps reflect.
     */
    public static final double DEFAULT_L2 = 0.5;

    /** Checks the values. */
    public AnalysisOptions {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(out, "out");
        classes = List.copyOf(classes);
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(engine, "engine");
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        if (permutations < 0) {
            throw new IllegalArgumentException("the number of permutations cannot be negative: " + permutations);
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("a hidden layer needs at least one node, not " + h);
            }
        }
        // validates epochs, learning rate and L2 with the trainer's own messages
        new TrainSettings(engine, learningRate, epochs, 0, l2, 0, 0, seed);
    }

    /** Default engine: whichever of Java and DL4J is faster for the network and the data. */
    public static final String DEFAULT_ENGINE = Trainers.AUTO;

    /**
     * The defaults: all classes, one hidden layer of 4 ReLU nodes, 10 folds, 200 epochs, seed 1, the paper's
     * method, no permutation test, engine auto.
     */
    public static AnalysisOptions defaults(Path cohort, Path out) {
        return new AnalysisOptions(cohort, out, List.of(), DEFAULT_HIDDEN, DEFAULT_ACTIVATION, DEFAULT_FOLDS,
                DEFAULT_EPOCHS, DEFAULT_LEARNING_RATE, DEFAULT_L2, 1, AttributionMethods.PAPER, 0, DEFAULT_ENGINE, true);
    }

    /** A copy with other classes. */
    public AnalysisOptions withClasses(List<String> value) {
        return new AnalysisOptions(cohort, out, value, hidden, activation, folds, epochs, learningRate, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with other hidden layers. */
    public AnalysisOptions withHidden(List<Integer> value) {
        return new AnalysisOptions(cohort, out, classes, value, activation, folds, epochs, learningRate, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with another hidden activation. */
    public AnalysisOptions withActivation(String value) {
        return new AnalysisOptions(cohort, out, classes, hidden, value, folds, epochs, learningRate, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with another number of folds. */
    public AnalysisOptions withFolds(int value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, value, epochs, learningRate, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with another number of epochs. */
    public AnalysisOptions withEpochs(int value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, value, learningRate, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with another learning rate. */
    public AnalysisOptions withLearningRate(double value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, value, l2, seed, method,
                permutations, engine, brains);
    }

    /** A copy with another L2 penalty. */
    public AnalysisOptions withL2(double value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, value, seed,
                method, permutations, engine, brains);
    }

    /** A copy with another seed. */
    public AnalysisOptions withSeed(long value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, l2, value,
                method, permutations, engine, brains);
    }

    /** A copy with another attribution method. */
    public AnalysisOptions withMethod(String value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, l2, seed, value,
                permutations, engine, brains);
    }

    /** A copy with another number of permutations (0: no permutation test). */
    public AnalysisOptions withPermutations(int value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, l2, seed,
                method, value, engine, brains);
    }

    /** A copy with another training engine. */
    public AnalysisOptions withEngine(String value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, l2, seed,
                method, permutations, value, brains);
    }

    /** A copy with or without brain renderings. */
    public AnalysisOptions withBrains(boolean value) {
        return new AnalysisOptions(cohort, out, classes, hidden, activation, folds, epochs, learningRate, l2, seed,
                method, permutations, engine, value);
    }

    /** The training settings these options stand for (full batch, no early stopping). */
    public TrainSettings trainSettings() {
        return new TrainSettings(engine, learningRate, epochs, 0, l2, 0, 0, seed);
    }
}
