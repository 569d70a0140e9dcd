package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Brain view: the 3D brain, coloured by the picked node's importance. */
public final class BrainView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyBrain;
    }
}
