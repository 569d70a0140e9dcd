package org.glia.train;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.nn.Mlp;

/**
 * A training engine: trains a softmax classifier from given initial weights (the user's edited network), so that
 * "retrain" continues from the edits instead of starting over.
 * <p>
 * Implementations must be reproducible (same inputs and settings, same weights bit for bit on the same machine),
 * must leave {@code initial} untouched and must throw {@code OperationCanceledException} promptly when the
 * monitor is cancelled.
 */
public interface Trainer {

    /** The engine id matched against {@link TrainSettings#engine()}, e.g. {@link TrainSettings#JAVA}. */
    String engine();

    /**
     * Trains.
     *
     * @param initial  the starting network; its last layer must be softmax, the others element-wise
     * @param x        one row of (already standardised) features per subject
     * @param y        the class of each subject, 0 .. outputs - 1
     * @param settings how to train
     * @param listener told after every epoch
     * @param monitor  progress and cancellation (may be null)
     * @throws IllegalArgumentException when the data do not fit the network
     * @throws TrainingException        when training diverges
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings settings, EpochListener listener,
            IProgressMonitor monitor);

    /**
     * How many trainings of this engine may run at once (e.g. the folds of a cross-validation): all cores for an
     * engine that is single-threaded per training, 1 for one that parallelises internally.
     */
    default int maxParallelRuns() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Trains without an epoch listener. */
    default TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings settings, IProgressMonitor monitor) {
        return train(initial, x, y, settings, EpochListener.NONE, monitor);
    }
}
