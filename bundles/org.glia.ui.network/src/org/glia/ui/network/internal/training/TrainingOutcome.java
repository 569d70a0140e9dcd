package org.glia.ui.network.internal.training;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.ui.network.internal.Messages;

/**
 * How a training ended, for the status line.
 *
 * @param message  e.g. "v2: CV accuracy 0.74 ± 0.05 (10 folds, each from fresh weights)", or why nothing was
 *                 recorded
 * @param recorded true when a new version was recorded
 */
public record TrainingOutcome(String message, boolean recorded) {

    /** A version was recorded: its id and its accuracy, saying how it was measured. */
    static TrainingOutcome recorded(ModelVersion v, TrainingMode mode) {
        Metrics m = v.getMetrics();
        if (m == null) {
            return new TrainingOutcome(v.getId(), true);
        }
        if (m.getFolds() > 0) {
            String text = mode == TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS ? Messages.trainDoneCvFromWeights
                    : Messages.trainDoneCv;
            return new TrainingOutcome(NLS.bind(text, new Object[] {v.getId(), number(m.getAccuracy()),
                    number(m.getAccuracySd()), m.getFolds()}), true);
        }
        return new TrainingOutcome(NLS.bind(Messages.trainDone, v.getId(), number(m.getAccuracy())), true);
    }

    /** Nothing was recorded, because of {@code why}. */
    static TrainingOutcome notRecorded(String why) {
        return new TrainingOutcome(why, false);
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d);
    }
}
