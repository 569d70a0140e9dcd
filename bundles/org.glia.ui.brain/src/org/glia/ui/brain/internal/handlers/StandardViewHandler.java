package org.glia.ui.brain.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.glia.render.StandardView;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;

/** Looks at the brain from the side named by the command's parameter (left, right, top, bottom, front, back). */
public final class StandardViewHandler extends BrainHandler {

    @Override
    protected void run(BrainView view, ExecutionEvent event) throws ExecutionException {
        String side = event.getParameter(BrainUi.PARAM_SIDE);
        try {
            view.showSide(StandardView.parse(side == null ? "left" : side));
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
