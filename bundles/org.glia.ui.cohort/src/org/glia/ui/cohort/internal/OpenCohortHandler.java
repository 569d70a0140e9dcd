package org.glia.ui.cohort.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.ui.cohort.CohortUi;
import org.osgi.framework.FrameworkUtil;

/**
 * File &gt; Open Cohort...: the folder given as the command's parameter, else one chosen in a directory dialog
 * (starting where the last one was), shown in the cohort view. A folder that is not a readable cohort is reported
 * in the view, naming the file and the fault.
 */
public final class OpenCohortHandler extends AbstractHandler {

    private static final String LAST_FOLDER = "lastCohortFolder";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        String given = event.getParameter(CohortUi.PARAM_FOLDER);
        Path folder = given != null ? Path.of(given) : ask(window.getShell());
        if (folder == null) {
            return null;
        }
        try {
            IViewPart view = window.getActivePage().showView(CohortUi.VIEW_ID);
            if (view instanceof CohortView cohort) {
                cohort.showFolder(folder);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.openTitle, NLS.bind(Messages.openFailed, e.getMessage()));
        }
        return null;
    }

    private static Path ask(Shell shell) {
        IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(OpenCohortHandler.class))
                .getDialogSettings();
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.openTitle);
        dialog.setMessage(Messages.openMessage);
        String last = settings.get(LAST_FOLDER);
        if (last != null) {
            dialog.setFilterPath(last);
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        settings.put(LAST_FOLDER, chosen);
        return Path.of(chosen);
    }
}
