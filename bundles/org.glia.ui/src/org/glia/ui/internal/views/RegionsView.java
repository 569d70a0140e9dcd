package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Regions view: the regions of the current map, by importance. */
public final class RegionsView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyRegions;
    }
}
