package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Controls view: colour map, mappings, threshold, subject and method. */
public final class ControlsView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyControls;
    }
}
