package org.glia.ui.brain.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.glia.ui.brain.BrainView;

/** Back to the home view, undoing rotation, zoom and pan. */
public final class ResetViewHandler extends BrainHandler {

    @Override
    protected void run(BrainView view, ExecutionEvent event) {
        view.resetView();
    }
}
