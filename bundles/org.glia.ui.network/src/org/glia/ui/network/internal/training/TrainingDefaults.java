package org.glia.ui.network.internal.training;

import org.eclipse.core.runtime.Platform;
import org.glia.train.TrainSettings;
import org.glia.ui.GliaPreferences;

/**
 * The training settings used when a model has no version whose settings could be reused: the user's preferences
 * (Window &gt; Preferences &gt; Glia), with early stopping as {@link TrainSettings#defaults()} has it.
 *
 * @param engine       the engine id (java, dl4j or auto)
 * @param learningRate Adam's step size
 * @param epochs       the maximum epochs
 * @param batchSize    subjects per mini-batch, 0 for full batch
 * @param l2           the L2 penalty
 * @param folds        the cross-validation folds
 */
public record TrainingDefaults(String engine, double learningRate, int epochs, int batchSize, double l2, int folds) {

    /** The preference defaults of a fresh install, as {@link GliaPreferences#defaultOf} gives them. */
    public static TrainingDefaults builtIn() {
        return new TrainingDefaults(GliaPreferences.defaultOf(GliaPreferences.ENGINE),
                Double.parseDouble(GliaPreferences.defaultOf(GliaPreferences.LEARNING_RATE)),
                Integer.parseInt(GliaPreferences.defaultOf(GliaPreferences.EPOCHS)),
                Integer.parseInt(GliaPreferences.defaultOf(GliaPreferences.BATCH_SIZE)),
                Double.parseDouble(GliaPreferences.defaultOf(GliaPreferences.L2)),
                Integer.parseInt(GliaPreferences.defaultOf(GliaPreferences.FOLDS)));
    }

    /** The user's preferences; the built-in values when no preference store is running (plain Java). */
    public static TrainingDefaults fromPreferences() {
        if (!Platform.isRunning()) {
            return builtIn();
        }
        String engine = GliaPreferences.get(GliaPreferences.ENGINE).trim();
        return new TrainingDefaults(engine.isEmpty() ? builtIn().engine() : engine,
                GliaPreferences.getDouble(GliaPreferences.LEARNING_RATE), GliaPreferences.getInt(GliaPreferences.EPOCHS),
                GliaPreferences.getInt(GliaPreferences.BATCH_SIZE), GliaPreferences.getDouble(GliaPreferences.L2),
                GliaPreferences.getInt(GliaPreferences.FOLDS));
    }

    /**
     * These defaults as trainer settings with {@code seed}.
     *
     * @throws IllegalArgumentException when a preference is out of range (the message says which)
     */
    public TrainSettings settings(long seed) {
        TrainSettings d = TrainSettings.defaults();
        return new TrainSettings(engine, learningRate, epochs, batchSize, l2, d.patience(), d.validationFraction(),
                seed);
    }
}
