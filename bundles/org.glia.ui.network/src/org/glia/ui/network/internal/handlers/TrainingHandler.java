package org.glia.ui.network.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.training.TrainingMode;

/**
 * Starts a training of the active network editor's study as background jobs (see {@link TrainingRuns}); enabled
 * while the editor has a model and no training of it runs.
 */
abstract class TrainingHandler extends AbstractHandler {

    private final Runnable runsChanged = () -> fireHandlerChanged(new HandlerEvent(this, true, false));

    TrainingHandler() {
        TrainingRuns.addListener(runsChanged);
    }

    /** Whether and how to cross-validate before the final training. */
    abstract TrainingMode mode();

    @Override
    public void setEnabled(Object evaluationContext) {
        Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME);
        setBaseEnabled(part instanceof NetworkGraphEditor editor && editor.getStudy() != null
                && !TrainingRuns.isRunning(editor));
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof NetworkGraphEditor editor)) {
            return null;
        }
        if (editor.getStudy() == null) {
            editor.showStatus(Messages.noModel);
            return null;
        }
        editor.showStatus(TrainingRuns.start(editor, mode()));
        return null;
    }

    @Override
    public void dispose() {
        TrainingRuns.removeListener(runsChanged);
        super.dispose();
    }
}
