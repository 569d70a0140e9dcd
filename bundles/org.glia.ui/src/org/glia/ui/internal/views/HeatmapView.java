package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Heatmap view: region importance per hidden node or class (the paper's Figure 5). */
public final class HeatmapView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyHeatmap;
    }
}
