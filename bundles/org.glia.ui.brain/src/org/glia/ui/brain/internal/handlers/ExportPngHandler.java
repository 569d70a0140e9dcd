package org.glia.ui.brain.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.internal.ExportJob;
import org.glia.ui.brain.internal.Messages;

/**
 * Exports the brain as a PNG: asks for the size (default 1600x1200) and the file unless the command's
 * parameters give them, then renders offscreen in a job.
 */
public final class ExportPngHandler extends BrainHandler {

    /** The size proposed in the dialog. */
    public static final String DEFAULT_SIZE = "1600x1200";

    @Override
    protected void run(BrainView view, ExecutionEvent event) {
        Shell shell = view.getSite().getShell();
        if (!view.canExport()) {
            view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.nothingToExport);
            return;
        }
        String sizeText = event.getParameter(BrainUi.PARAM_SIZE);
        if (sizeText == null) {
            InputDialog ask = new InputDialog(shell, Messages.exportTitle, Messages.exportSize, DEFAULT_SIZE,
                    t -> ExportJob.parseSize(t) == null ? Messages.badSize : null);
            if (ask.open() != Window.OK) {
                return;
            }
            sizeText = ask.getValue();
        }
        int[] size = ExportJob.parseSize(sizeText);
        if (size == null) {
            view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.badSize);
            return;
        }
        String file = event.getParameter(BrainUi.PARAM_FILE);
        if (file == null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(Messages.exportTitle);
            dialog.setFilterExtensions(new String[] {"*.png"});
            dialog.setFileName("brain.png");
            dialog.setOverwrite(true);
            file = dialog.open();
            if (file == null) {
                return;
            }
        }
        if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            file += ".png";
        }
        view.exportPng(Path.of(file), size[0], size[1]);
    }
}
