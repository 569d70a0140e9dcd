package org.glia.ui.network.internal.recovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.glia.ui.GliaPreferences;

/**
 * Autosave of every open network editor: every {@link GliaPreferences#AUTOSAVE_SECONDS} seconds (0: off) the
 * study of each editor changed since its last autosave is copied on the UI thread and written to the
 * {@link RecoveryStore} in the background. One instance per workbench; used on the UI thread only.
 */
public final class Autosave {

    /** How often the preference is looked at again while autosave is off. */
    private static final int IDLE_MILLIS = 10_000;

    private static Autosave instance;

    private final RecoveryStore store = new RecoveryStore(RecoveryFolder.find());
    private final WriteQueue writes = new WriteQueue();
    private final Set<EditorRecovery> editors = new LinkedHashSet<>();
    private Display display;
    private boolean ticking;

    private Autosave() {
    }

    /** The workbench's autosave (made at first use). */
    public static synchronized Autosave get() {
        if (instance == null) {
            instance = new Autosave();
        }
        return instance;
    }

    /** The store the copies go to. */
    public RecoveryStore store() {
        return store;
    }

    /** Copies every editor changed since its last autosave now and queues the writes (UI thread). */
    public void saveNow() {
        for (EditorRecovery e : new ArrayList<>(editors)) {
            e.autosave(store, this);
        }
    }

    /** Waits until the queued writes are on disk, at most {@code millis} ms; true when they are. */
    public boolean awaitWrites(long millis) throws InterruptedException {
        return writes.await(millis);
    }

    /** Adds an editor; starts the timer with the first one. */
    void register(EditorRecovery editor) {
        editors.add(editor);
        if (!ticking) {
            display = Display.getCurrent();
            if (display != null) {
                ticking = true;
                display.timerExec(interval(), this::tick);
            }
        }
    }

    /** Removes an editor; the timer stops at its next tick once none is left. */
    void unregister(EditorRecovery editor) {
        editors.remove(editor);
    }

    /** Queues a background write. */
    void submit(Runnable write) {
        writes.submit(write);
    }

    private void tick() {
        if (editors.isEmpty() || display.isDisposed()) {
            ticking = false;
            return;
        }
        if (seconds() > 0) {
            saveNow();
        }
        display.timerExec(interval(), this::tick);
    }

    private static int interval() {
        int s = seconds();
        return s > 0 ? Math.min(s, 86_400) * 1000 : IDLE_MILLIS;
    }

    /** The autosave interval from the preferences, 0 for off. */
    static int seconds() {
        try {
            return Math.max(0, GliaPreferences.getInt(GliaPreferences.AUTOSAVE_SECONDS));
        } catch (RuntimeException e) {
            // no preference service (plain Java): the default
            return Integer.parseInt(GliaPreferences.defaultOf(GliaPreferences.AUTOSAVE_SECONDS));
        }
    }
}
