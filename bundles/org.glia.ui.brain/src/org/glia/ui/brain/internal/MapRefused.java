package org.glia.ui.brain.internal;

/** Why a map (or a difference map) cannot be computed, in a sentence for the status line and the empty state. */
public final class MapRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** A refusal saying {@code reason}. */
    public MapRefused(String reason) {
        super(reason);
    }
}
