package org.glia.ui.regions.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.regions.internal.heatmap.HeatmapView;

/** Zooms the heatmap out to show all of it. */
public final class FitHeatmapHandler extends ViewHandler<HeatmapView> {

    /** Creates the handler. */
    public FitHeatmapHandler() {
        super(HeatmapView.class, RegionsUi.VIEW_HEATMAP);
    }

    @Override
    protected void run(HeatmapView view, ExecutionEvent event) {
        view.fit();
    }
}
