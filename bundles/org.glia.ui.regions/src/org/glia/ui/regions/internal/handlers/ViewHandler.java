package org.glia.ui.regions.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Base of the handlers of one view's commands: finds the view (the active part, else the page's view of that id)
 * and does nothing when it is not open.
 *
 * @param <V> the view's class
 */
abstract class ViewHandler<V extends IWorkbenchPart> extends AbstractHandler {

    private final Class<V> type;
    private final String viewId;

    /** A handler working on views of {@code type} with id {@code viewId}. */
    ViewHandler(Class<V> type, String viewId) {
        this.type = type;
        this.viewId = viewId;
    }

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        V view = view(event);
        if (view != null) {
            run(view, event);
        }
        return null;
    }

    /** Does the command's work on {@code view}. */
    protected abstract void run(V view, ExecutionEvent event) throws ExecutionException;

    private V view(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (type.isInstance(part)) {
            return type.cast(part);
        }
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IWorkbenchPart found = page == null ? null : page.findView(viewId);
        return type.isInstance(found) ? type.cast(found) : null;
    }
}
