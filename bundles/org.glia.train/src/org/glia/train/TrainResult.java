package org.glia.train;

import java.util.List;

import org.glia.core.nn.Mlp;

/**
 * The outcome of one training run.
 *
 * @param network      the trained network (the best epoch's under early stopping)
 * @param history      the statistics of every epoch run
 * @param bestEpoch    the epoch whose weights were kept (the last one without early stopping)
 * @param stoppedEarly true when early stopping ended training before the last epoch
 */
public record TrainResult(Mlp network, List<EpochStats> history, int bestEpoch, boolean stoppedEarly) {

    /** Copies the history. */
    public TrainResult {
        history = List.copyOf(history);
    }

    /** The number of epochs run. */
    public int epochsRun() {
        return history.size();
    }
}
