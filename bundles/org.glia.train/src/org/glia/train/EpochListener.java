package org.glia.train;

/** Receives the statistics of each finished epoch (on the training thread). */
@FunctionalInterface
public interface EpochListener {

    /** A listener that ignores everything. */
    EpochListener NONE = s -> {
    };

    /** Called after each epoch. */
    void epochEnded(EpochStats stats);
}
