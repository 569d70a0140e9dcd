package org.glia.ui.regions.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.regions.internal.Messages;
import org.glia.ui.regions.internal.table.RegionsView;

/** Exports the region table as CSV, to the command's file parameter or a file the user picks. */
public final class ExportRegionsCsvHandler extends ViewHandler<RegionsView> {

    /** Creates the handler. */
    public ExportRegionsCsvHandler() {
        super(RegionsView.class, RegionsUi.VIEW_REGIONS);
    }

    @Override
    protected void run(RegionsView view, ExecutionEvent event) {
        var status = view.getViewSite().getActionBars().getStatusLineManager();
        if (!view.hasMap()) {
            status.setErrorMessage(Messages.regionsNothingToExport);
            return;
        }
        Path file = ExportFiles.target(view.getSite().getShell(), Messages.regionsExportTitle,
                event.getParameter(RegionsUi.PARAM_FILE), "csv", "regions.csv");
        if (file == null) {
            return;
        }
        try {
            view.exportCsv(file);
            status.setErrorMessage(null);
            status.setMessage(Messages.bind(Messages.exported, file));
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), Messages.regionsExportTitle,
                    Messages.bind(Messages.cannotWrite, file, e.getMessage()));
        }
    }
}
