package org.glia.analysis.internal;

import java.util.Set;

import org.glia.train.TrainSettings;
import org.glia.train.Trainers;

/**
 * The training fields a train (or cv) step may give, mapped onto {@link TrainSettings}; absent fields keep
 * {@link TrainSettings#defaults()}.
 */
public final class TrainingOptions {

    /** The training fields: epochs, seed, learning_rate, batch, l2, patience, validation_fraction, engine. */
    public static final Set<String> FIELDS = Set.of("epochs", "seed", "learning_rate", "batch", "l2", "patience",
            "validation_fraction", "engine");

    private TrainingOptions() {
    }

    /**
     * The settings the fields describe; the engine (default "auto") is checked but resolved only when the network is
     * known (see {@link Engines#resolve}).
     */
    public static TrainSettings parse(StepArgs.Fields f) throws StepFault {
        TrainSettings d = TrainSettings.defaults();
        try {
            return new TrainSettings(Engines.check(f.text("engine", Trainers.AUTO)),
                    f.number("learning_rate", d.learningRate()),
                    f.integer("epochs", 1, 10_000_000, d.epochs()),
                    f.integer("batch", 0, Integer.MAX_VALUE, d.batchSize()),
                    f.number("l2", d.l2()),
                    f.integer("patience", 0, Integer.MAX_VALUE, d.patience()),
                    f.number("validation_fraction", d.validationFraction()),
                    f.seed("seed", d.seed()));
        } catch (IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
    }

    /** True when any training field other than the seed is given. */
    public static boolean givesSettings(StepArgs.Fields f) {
        return FIELDS.stream().anyMatch(n -> !n.equals("seed") && f.has(n));
    }
}
