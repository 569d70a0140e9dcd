package org.glia.ui.brain.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;

/** Base of the brain view's command handlers: finds the view (the active part, else the page's brain view). */
abstract class BrainHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        BrainView view = view(event);
        if (view != null) {
            run(view, event);
        }
        return null;
    }

    /** Does the command's work on {@code view}. */
    protected abstract void run(BrainView view, ExecutionEvent event) throws ExecutionException;

    private static BrainView view(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof BrainView v) {
            return v;
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        return page != null && page.findView(BrainUi.VIEW_ID) instanceof BrainView v ? v : null;
    }
}
