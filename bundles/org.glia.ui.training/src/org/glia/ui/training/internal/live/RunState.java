package org.glia.ui.training.internal.live;

/** Where a run shown by the Training view stands. */
public enum RunState {
    /** Training, values still arriving. */
    RUNNING,
    /** Ended and recorded a version. */
    RECORDED,
    /** Ended without recording a version (cancelled, refused, failed). */
    STOPPED,
    /** Not a live run: the metrics recorded with a version. */
    FROM_VERSION
}
