package org.glia.ui.network.internal.handlers;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ListenerList;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.training.TrainingMode;
import org.glia.ui.network.internal.training.TrainingOutcome;
import org.glia.ui.network.internal.training.TrainingRun;

/**
 * The trainings running per network editor (at most one each) and how the last one ended; used on the UI thread
 * only. The training commands are disabled for an editor while it has a run.
 */
public final class TrainingRuns {

    private static final Map<NetworkGraphEditor, TrainingRun> RUNNING = new HashMap<>();
    private static final Map<NetworkGraphEditor, TrainingOutcome> LAST = new WeakHashMap<>();
    private static final ListenerList<Runnable> LISTENERS = new ListenerList<>();

    private TrainingRuns() {
    }

    /**
     * Starts a training of the editor's study unless one runs.
     *
     * @return null when started, else why not (for the status line)
     */
    static String start(NetworkGraphEditor editor, TrainingMode mode) {
        if (RUNNING.containsKey(editor)) {
            return Messages.trainRunning;
        }
        TrainingRun run;
        try {
            run = new TrainingRun(editor, mode, message -> finished(editor, message));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        RUNNING.put(editor, run);
        LAST.remove(editor);
        changed();
        return null;
    }

    private static void finished(NetworkGraphEditor editor, TrainingOutcome outcome) {
        RUNNING.remove(editor);
        if (outcome != null) {
            LAST.put(editor, outcome);
            show(editor, outcome);
        }
        changed();
    }

    /** True while a training of the editor's study runs (from the command until its result is recorded). */
    public static boolean isRunning(NetworkGraphEditor editor) {
        return RUNNING.containsKey(editor);
    }

    /** Cancels the editor's training, if any; its end is still reported as usual. */
    public static void cancel(NetworkGraphEditor editor) {
        TrainingRun run = RUNNING.get(editor);
        if (run != null) {
            run.cancel();
        }
    }

    /** How the editor's last finished training ended, or null. */
    public static TrainingOutcome lastOutcome(NetworkGraphEditor editor) {
        return LAST.get(editor);
    }

    /** A recorded version as a status line message, anything else as its error message. */
    private static void show(NetworkGraphEditor editor, TrainingOutcome outcome) {
        if (editor.getCanvas() == null || editor.getCanvas().isDisposed()) {
            return;
        }
        if (outcome.recorded()) {
            editor.showStatus(null);
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(outcome.message());
        } else {
            editor.showStatus(outcome.message());
        }
    }

    static void addListener(Runnable r) {
        LISTENERS.add(r);
    }

    static void removeListener(Runnable r) {
        LISTENERS.remove(r);
    }

    private static void changed() {
        for (Runnable r : LISTENERS) {
            r.run();
        }
    }
}
