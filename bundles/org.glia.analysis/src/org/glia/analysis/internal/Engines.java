package org.glia.analysis.internal;

import java.util.Locale;

import org.glia.core.nn.Mlp;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.Trainers;

/**
 * The training engine of a step, through org.glia.train's {@link Trainers} (java, dl4j, or auto, which picks by the
 * network and the number of subjects), with faults phrased for experiment steps.
 */
public final class Engines {

    private Engines() {
    }

    /** Checks an engine name while the experiment is read, before anything runs. */
    public static String check(String name) throws StepFault {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!Trainers.engines().contains(key)) {
            throw new StepFault("unknown engine '" + name + "' (known: " + String.join(", ", Trainers.engines()) + ")");
        }
        return key;
    }

    /**
     * The settings with the concrete engine that will train {@code net} on {@code subjects} subjects, so the
     * version records the engine that ran ("auto" resolved).
     */
    public static TrainSettings resolve(TrainSettings s, Mlp net, int subjects) throws StepFault {
        try {
            return s.withEngine(Trainers.resolve(s, net, subjects));
        } catch (IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
    }

    /** The trainer of settings whose engine is concrete (see {@link #resolve}). */
    public static Trainer trainer(TrainSettings resolved) throws StepFault {
        try {
            return Trainers.get(resolved.engine());
        } catch (IllegalArgumentException | LinkageError e) {
            throw new StepFault("the engine '" + resolved.engine() + "' cannot run: " + e.getMessage());
        }
    }
}
