package org.glia.ui.network.internal.recovery;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Runs once the workbench has started and restored its editors: offers the documents with unsaved changes. */
public final class RecoveryStartup implements IStartup {

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                UnsavedDocuments.offer(window);
            }
        });
    }
}
