package org.glia.report.internal;

import org.glia.core.cli.UsageException;
import org.glia.core.nn.Mlp;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.Trainers;

/** Picks the training engine named by {@code --engine} through the training bundle's {@link Trainers}. */
public final class Engines {

    private Engines() {
    }

    /**
     * Refuses an engine name {@link Trainers} does not know.
     *
     * @throws UsageException naming the engines available
     */
    public static void check(String id) throws UsageException {
        if (!Trainers.engines().contains(id)) {
            throw new UsageException("unknown training engine '" + id + "'; available: "
                    + String.join(", ", Trainers.engines()));
        }
    }

    /** The trainer for {@code settings}' engine; {@code auto} decides by the network and the number of subjects. */
    public static Trainer choose(TrainSettings settings, Mlp net, int subjects) throws UsageException {
        check(settings.engine());
        return Trainers.choose(settings, net, subjects);
    }
}
