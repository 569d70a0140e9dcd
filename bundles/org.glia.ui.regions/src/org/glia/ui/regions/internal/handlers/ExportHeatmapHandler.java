package org.glia.ui.regions.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.regions.internal.Messages;
import org.glia.ui.regions.internal.heatmap.HeatmapView;

/**
 * Exports the heatmap as PNG (the image as drawn), SVG or CSV (the format parameter), to the command's file
 * parameter or a file the user picks.
 */
public final class ExportHeatmapHandler extends ViewHandler<HeatmapView> {

    /** Creates the handler. */
    public ExportHeatmapHandler() {
        super(HeatmapView.class, RegionsUi.VIEW_HEATMAP);
    }

    @Override
    protected void run(HeatmapView view, ExecutionEvent event) throws ExecutionException {
        String format = event.getParameter(RegionsUi.PARAM_FORMAT);
        format = format == null ? "png" : format.toLowerCase(Locale.ROOT);
        if (!format.equals("png") && !format.equals("svg") && !format.equals("csv")) {
            throw new ExecutionException(Messages.bind(Messages.heatmapBadFormat, format));
        }
        var status = view.getViewSite().getActionBars().getStatusLineManager();
        if (view.data() == null) {
            status.setErrorMessage(Messages.heatmapNothingToExport);
            return;
        }
        Path file = ExportFiles.target(view.getSite().getShell(), Messages.heatmapExportTitle,
                event.getParameter(RegionsUi.PARAM_FILE), format, "heatmap." + format);
        if (file == null) {
            return;
        }
        try {
            switch (format) {
                case "svg" -> view.exportSvg(file);
                case "csv" -> view.exportCsv(file);
                default -> view.exportPng(file);
            }
            status.setErrorMessage(null);
            status.setMessage(Messages.bind(Messages.exported, file));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(view.getSite().getShell(), Messages.heatmapExportTitle,
                    Messages.bind(Messages.cannotWrite, file, e.getMessage()));
        }
    }
}
