package org.glia.ui.training.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.model.ModelVersion;
import org.glia.ui.training.internal.views.VersionsView;

/**
 * A command acting on the versions selected in the Versions view (plugin.xml activates it while that view is
 * active and enables it for the right number of selected versions).
 */
abstract class VersionHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof VersionsView view) {
            List<ModelVersion> selected = view.selectedVersions();
            if (!selected.isEmpty()) {
                run(view, selected);
            }
        }
        return null;
    }

    /** Does the work on the (non-empty) selection, oldest version first. */
    abstract void run(VersionsView view, List<ModelVersion> selected);
}
