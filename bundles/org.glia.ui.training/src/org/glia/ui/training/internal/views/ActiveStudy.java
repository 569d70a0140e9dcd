package org.glia.ui.training.internal.views;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.glia.model.Study;
import org.glia.ui.network.NetworkGraphEditor;

/**
 * The study of the network editor last activated, followed for the views: a document still loading is waited
 * for, and every change of the study (a version recorded or restored, an edit, undo) is reported once per UI
 * event-loop turn however many notifications it made. Used on the UI thread.
 */
final class ActiveStudy {

    private static final int LOAD_POLL_MS = 200;
    private static final long LOAD_WAIT_MS = 120_000;

    private final IWorkbenchPage page;
    private final Display display;
    private final Runnable changed;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private NetworkGraphEditor editor;
    private Study study;
    private boolean disposed;

    private final AdapterImpl adapter = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (!msg.isTouch()) {
                schedule();
            }
        }
    };

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof NetworkGraphEditor e) {
                follow(e);
            }
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            partActivated(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (editor != null && ref.getPart(false) == editor) {
                follow(page.getActiveEditor() instanceof NetworkGraphEditor e && e != editor ? e : null);
            }
        }
    };

    /** Follows the page's active network editor from now on; {@code changed} runs on the UI thread. */
    ActiveStudy(IWorkbenchPage page, Runnable changed) {
        this.page = page;
        this.display = page.getWorkbenchWindow().getShell().getDisplay();
        this.changed = changed;
        page.addPartListener(parts);
        if (page.getActiveEditor() instanceof NetworkGraphEditor e) {
            follow(e);
        }
    }

    /** The editor followed, or null. */
    NetworkGraphEditor editor() {
        return editor;
    }

    /** Its study, or null while none is open or it is loading. */
    Study study() {
        return study;
    }

    /** Follows {@code e} (null: none). */
    void follow(NetworkGraphEditor e) {
        if (disposed || e == editor) {
            return;
        }
        detach();
        editor = e;
        if (e != null) {
            awaitStudy(e, System.currentTimeMillis() + LOAD_WAIT_MS);
        }
        schedule();
    }

    /** Attaches to the editor's study once its document is read (one poll chain per editor followed). */
    private void awaitStudy(NetworkGraphEditor e, long deadline) {
        if (disposed || e != editor || study != null) {
            return;
        }
        Study s = e.getStudy();
        if (s != null) {
            study = s;
            s.eAdapters().add(adapter);
            schedule();
        } else if (e.getLoadError() == null && System.currentTimeMillis() < deadline) {
            display.timerExec(LOAD_POLL_MS, () -> awaitStudy(e, deadline));
        }
    }

    private void detach() {
        if (study != null) {
            study.eAdapters().remove(adapter);
        }
        study = null;
    }

    private void schedule() {
        if (!disposed && scheduled.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                scheduled.set(false);
                if (!disposed) {
                    changed.run();
                }
            });
        }
    }

    /** Stops following. */
    void dispose() {
        disposed = true;
        page.removePartListener(parts);
        detach();
        editor = null;
    }
}
