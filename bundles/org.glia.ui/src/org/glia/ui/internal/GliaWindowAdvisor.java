package org.glia.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.core.runtime.ILog;
import org.glia.ui.GliaUi;
import org.glia.ui.internal.views.NoModelInput;

/** Shapes the Glia window: title, size, perspective bar, status line, and the network area's empty state. */
public final class GliaWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Creates the advisor for one window. */
    public GliaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new GliaActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.windowTitle);
    }

    @Override
    public void postWindowOpen() {
        showEmptyNetworkIfNothingOpen();
    }

    /** With no document open the network area tells the user what to do instead of staying blank. */
    private void showEmptyNetworkIfNothingOpen() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null && page.getEditorReferences().length == 0) {
            try {
                page.openEditor(NoModelInput.INSTANCE, GliaUi.EDITOR_NETWORK, false);
            } catch (PartInitException e) {
                ILog.of(getClass()).error("Cannot show the empty network editor", e);
            }
        }
    }
}
