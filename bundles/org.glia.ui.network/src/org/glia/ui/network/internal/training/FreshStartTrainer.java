package org.glia.ui.network.internal.training;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochListener;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;

/**
 * A trainer that ignores the weights it is given and starts from fresh weights of the same architecture, seeded
 * from the settings' seed (which cross-validation sets per fold), then trains with another engine. Cross-validating
 * with it measures the architecture and the settings, never what earlier trainings learnt about the test subjects.
 */
final class FreshStartTrainer implements Trainer {

    /** Mixed into the fold's seed, so the initial weights do not reuse the shuffling's random stream. */
    private static final long INIT_SEEDS = 0x6A09E667F3BCC909L;

    private final Trainer engine;

    FreshStartTrainer(Trainer engine) {
        this.engine = engine;
    }

    @Override
    public String engine() {
        return engine.engine();
    }

    @Override
    public TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings settings, EpochListener listener,
            IProgressMonitor monitor) {
        return engine.train(FreshStart.of(initial, settings.seed() ^ INIT_SEEDS), x, y, settings, listener, monitor);
    }

    @Override
    public int maxParallelRuns() {
        return engine.maxParallelRuns();
    }
}
