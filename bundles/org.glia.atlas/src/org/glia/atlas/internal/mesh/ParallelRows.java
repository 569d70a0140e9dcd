package org.glia.atlas.internal.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs one independent task per row on a few threads and returns the results by row, so the outcome
 * never depends on the thread count or timing; progress is reported from the calling thread only.
 */
final class ParallelRows {

    private ParallelRows() {
    }

    /** Results of {@code task} for each row in {@code order} (rows left out stay {@code null}). */
    static <T> List<T> run(int rows, int[] order, IntFunction<T> task, int threads, SubMonitor monitor,
            BooleanSupplier cancelled) {
        List<T> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(null);
        }
        monitor.setWorkRemaining(order.length);
        if (threads <= 1 || order.length <= 1) {
            for (int row : order) {
                checkCancel(cancelled);
                out.set(row, task.apply(row));
                monitor.worked(1);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, order.length), r -> {
            Thread t = new Thread(r, "glia-atlas-mesher");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int row : order) {
                futures.add(pool.submit(() -> task.apply(row)));
            }
            for (int i = 0; i < order.length; i++) {
                out.set(order[i], await(futures.get(i), cancelled));
                monitor.worked(1);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> f, BooleanSupplier cancelled) {
        while (true) {
            checkCancel(cancelled);
            try {
                return f.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static void checkCancel(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new OperationCanceledException();
        }
    }
}
