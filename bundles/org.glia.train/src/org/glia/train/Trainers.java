package org.glia.train;

import java.util.List;
import java.util.Locale;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.train.dl4j.Dl4jTrainer;

/**
 * The one place that maps an engine name to a {@link Trainer}: {@code "java"}, {@code "dl4j"}, or {@code "auto"},
 * which picks by the work of one training step.
 * <p>
 * DL4J pays about a millisecond of fixed overhead per step (op dispatch through JNI, workspaces) but multiplies
 * matrices several times faster than the plain-Java engine. So DL4J wins once one step has enough arithmetic:
 * {@code auto} chooses it when (subjects per step) x (parameters) exceeds {@link #AUTO_STEP_WORK}. Measured on
 * a 2-core machine ({@code ./glia bench train --crossover}): 62 x 770 (the paper's 90-8-4-2, full batch) Java is
 * ~30x faster; around 1-4 million multiply-adds per step the two are even; 128 x 406k (278-512-512-3,
 * mini-batch 128) DL4J is ~3x faster. In the terms of a rule of thumb: a network of more than ~100k parameters
 * trained in batches of 32 or more, or full-batch data of more than ~2000 subjects on a ~1k-parameter network.
 */
public final class Trainers {

    /** The engine name that lets {@link #choose} decide. */
    public static final String AUTO = "auto";

    /** Multiply-adds per training step (subjects per step x parameters) above which {@code auto} takes DL4J. */
    public static final long AUTO_STEP_WORK = 2_000_000L;

    private Trainers() {
    }

    /** The engine names accepted by {@link #choose}: java, dl4j, auto. */
    public static List<String> engines() {
        return List.of(TrainSettings.JAVA, TrainSettings.DL4J, AUTO);
    }

    /**
     * The trainer of a concrete engine.
     *
     * @throws IllegalArgumentException for {@code auto} (use {@link #choose}) or an unknown name
     */
    public static Trainer get(String engine) {
        String key = engine == null ? "" : engine.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case TrainSettings.JAVA -> new JavaTrainer();
            case TrainSettings.DL4J -> new Dl4jTrainer();
            case AUTO -> throw new IllegalArgumentException("the engine 'auto' depends on the network and the data;"
                    + " use Trainers.choose");
            default -> throw new IllegalArgumentException("unknown training engine '" + engine + "'; expected one of "
                    + String.join(", ", engines()));
        };
    }

    /**
     * The concrete engine name for training {@code net} on {@code subjects} subjects under {@code settings}:
     * the settings' engine, or for {@code auto} the faster one by {@link #AUTO_STEP_WORK}.
     *
     * @throws IllegalArgumentException for an unknown engine name
     */
    public static String resolve(TrainSettings settings, Mlp net, int subjects) {
        String engine = settings.engine().trim().toLowerCase(Locale.ROOT);
        if (!engine.equals(AUTO)) {
            get(engine); // refuses unknown names here rather than at training time
            return engine;
        }
        long perStep = settings.batchSize() == 0 ? subjects : Math.min(settings.batchSize(), subjects);
        return perStep * parameters(net) > AUTO_STEP_WORK ? TrainSettings.DL4J : TrainSettings.JAVA;
    }

    /**
     * The trainer for {@code net} on {@code subjects} subjects under {@code settings}; record
     * {@code settings.withEngine(trainer.engine())} with the result so a version names the engine that ran.
     */
    public static Trainer choose(TrainSettings settings, Mlp net, int subjects) {
        return get(resolve(settings, net, subjects));
    }

    /** Weights plus biases of {@code net}. */
    public static long parameters(Mlp net) {
        long n = 0;
        for (DenseLayer l : net.layers()) {
            n += (long) l.inputs() * l.outputs() + l.outputs();
        }
        return n;
    }
}
