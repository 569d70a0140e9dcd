package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.glia.ui.training.internal.views.RedrawThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Thousands of epoch events a second from worker threads become about ten redraws a second on the UI thread.
 * Needs a display (Xvfb); skipped without one.
 */
class RedrawThrottleTest {

    private Display display;
    private boolean own;

    @BeforeEach
    void display() {
        display = Display.getCurrent();
        if (display == null) {
            try {
                display = new Display();
                own = true;
            } catch (SWTError | UnsatisfiedLinkError e) {
                Assumptions.abort("no display: " + e.getMessage());
            }
        }
    }

    @AfterEach
    void dispose() {
        if (own) {
            display.dispose();
        }
    }

    @Test
    void manyRequestsFewRedraws() throws Exception {
        AtomicInteger redraws = new AtomicInteger();
        AtomicBoolean onUiThread = new AtomicBoolean(true);
        RedrawThrottle throttle = new RedrawThrottle(display, 100, () -> {
            redraws.incrementAndGet();
            onUiThread.compareAndSet(true, Display.getCurrent() == display);
        });
        AtomicInteger sent = new AtomicInteger();
        Thread[] workers = new Thread[4];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                long end = System.currentTimeMillis() + 1000;
                while (System.currentTimeMillis() < end) {
                    throttle.request();
                    sent.incrementAndGet();
                    Thread.onSpinWait();
                }
            });
            workers[t].start();
        }
        long start = System.currentTimeMillis();
        pump(() -> !alive(workers), 10_000);
        long elapsed = System.currentTimeMillis() - start;
        pump(() -> false, 300); // the last request's redraw
        assertTrue(sent.get() > 1000, "requests sent: " + sent.get());
        assertTrue(redraws.get() >= 5, "it redraws while requests come: " + redraws.get());
        assertTrue(redraws.get() <= elapsed / 100 + 4, redraws.get() + " redraws in " + elapsed + " ms");
        assertTrue(onUiThread.get(), "redraws run on the UI thread");

        int before = redraws.get();
        throttle.request();
        throttle.dispose();
        pump(() -> false, 300);
        assertEquals(before, redraws.get(), "nothing after dispose");
    }

    private static boolean alive(Thread[] threads) {
        for (Thread t : threads) {
            if (t.isAlive()) {
                return true;
            }
        }
        return false;
    }

    private void pump(java.util.function.BooleanSupplier done, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> {
                    // wakes the loop up
                });
                display.sleep();
            }
        }
    }
}
