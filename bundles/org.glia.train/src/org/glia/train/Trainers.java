package org.glia.train;

import java.util.List;
import java.util.Locale;

import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.train.dl4j.Dl4jTrainer;

/**
 * The one place that maps an engine name to a {@link Trainer}: {@code "java"}, {@code "dl4j"}, or {@code "auto"},
 * which picks the faster one by the work of one training step.
 * <p>
 * DL4J pays about a millisecond of fixed cost per step (operation dispatch through JNI, workspaces) but multiplies
 * large matrices 2-3 times faster than the plain-Java engine. So DL4J wins once a step has enough arithmetic:
 * {@code auto} chooses it when (subjects per step) x (parameters) exceeds {@link #AUTO_STEP_WORK}. Measured per step
 * on 2 cores ({@code ./glia bench train --crossover}, ND4J on 1 thread, machine under load): 62 x 774 (the paper's
 * 90-8-4-2, full batch) Java 0.05-0.09 ms, DL4J 1.1 ms; even around 2 million (2000 x 774: Java 2.0, DL4J 2.5 ms;
 * 62 x 36k: Java 2.1, DL4J 1.9 ms); 128 x 407k (278-512-512-3): Java 94 ms, DL4J 37 ms. As a rule of thumb: DL4J
 * for networks of more than ~100k parameters in batches of 32 or more, or for full batches of more than ~2000
 * subjects even on a small (~1k-parameter) network; Java at the paper's scale, where it is 10-25 times faster.
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
