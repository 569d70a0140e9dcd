package org.glia.ui.training.internal.views;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Coalesces redraw requests from any thread into at most one redraw per interval on the UI thread: the first
 * request arms a UI timer, later ones until it fires are absorbed. Training sends an event per epoch and fold;
 * the view redraws about ten times a second however fast they come.
 */
public final class RedrawThrottle {

    private final Display display;
    private final int intervalMs;
    private final Runnable redraw;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean disposed;

    /** @param redraw run on the UI thread */
    public RedrawThrottle(Display display, int intervalMs, Runnable redraw) {
        this.display = display;
        this.intervalMs = intervalMs;
        this.redraw = redraw;
    }

    /** Asks for a redraw (from any thread); it happens within the interval. */
    public void request() {
        if (disposed || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            display.asyncExec(() -> {
                if (!disposed) {
                    display.timerExec(intervalMs, this::fire);
                }
            });
        } catch (SWTException e) {
            // the display is gone: nothing to draw on any more
            pending.set(false);
        }
    }

    private void fire() {
        pending.set(false);
        if (!disposed) {
            redraw.run();
        }
    }

    /** Stops redrawing (the view is closing). */
    public void dispose() {
        disposed = true;
    }
}
