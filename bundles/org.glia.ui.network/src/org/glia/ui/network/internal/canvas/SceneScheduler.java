package org.glia.ui.network.internal.canvas;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.widgets.Display;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.SceneBuilder;
import org.glia.ui.network.internal.graph.SceneRequest;

/**
 * Prepares scenes on one background thread and hands them to the UI thread; a newer request cancels the one in
 * progress, and only the latest request's outcome is delivered.
 */
final class SceneScheduler {

    /** Receives the outcome of the latest request on the UI thread. */
    interface Receiver {
        /** The scene of request {@code generation}. */
        void scene(Scene scene, long generation);

        /** Request {@code generation} failed, for the reason given. */
        void failed(String reason, long generation);

        /** False once the receiver is gone (nothing is delivered then). */
        boolean isAlive();
    }

    private final Display display;
    private final Receiver receiver;
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Glia network scene");
        t.setDaemon(true);
        return t;
    });

    SceneScheduler(Display display, Receiver receiver) {
        this.display = display;
        this.receiver = receiver;
    }

    /** Supersedes earlier requests without starting work; returns the new generation. */
    long next() {
        return generation.incrementAndGet();
    }

    /** Whether {@code g} is the latest generation. */
    boolean isCurrent(long g) {
        return generation.get() == g;
    }

    /** The latest generation. */
    long current() {
        return generation.get();
    }

    /** Prepares {@code request} in the background; returns its generation. */
    long submit(SceneRequest request) {
        long g = next();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return !isCurrent(g);
            }
        };
        worker.execute(() -> {
            if (!isCurrent(g)) {
                return;
            }
            try {
                Scene s = SceneBuilder.build(request, monitor);
                deliver(() -> receiver.scene(s, g), g);
            } catch (OperationCanceledException e) {
                // a newer request replaced this one
            } catch (RuntimeException e) {
                deliver(() -> receiver.failed(e.getMessage(), g), g);
            }
        });
        return g;
    }

    private void deliver(Runnable r, long g) {
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (receiver.isAlive() && isCurrent(g)) {
                r.run();
            }
        });
    }

    /** Stops the background thread; nothing more is delivered. */
    void dispose() {
        next();
        worker.shutdownNow();
    }
}
