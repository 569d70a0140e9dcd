package org.glia.explain.internal.bench;

import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Times an operation: warm-up, then the median of repeated samples, each long enough for the clock. */
final class Stopwatch {

    /** Something to time; returns a value so the JIT cannot drop the work. */
    interface Op {
        double run();
    }

    /** Collects results so the JIT sees them used. */
    static double sink;

    private Stopwatch() {
    }

    /** Median nanoseconds per call over {@code samples} samples of at least {@code minSampleNanos} each. */
    static double medianNanos(Op op, int samples, long minSampleNanos, IProgressMonitor monitor) {
        double[] t = sortedNanos(op, samples, minSampleNanos, monitor);
        return samples % 2 == 1 ? t[samples / 2] : (t[samples / 2 - 1] + t[samples / 2]) / 2;
    }

    /** Nanoseconds per call of every sample, fastest first. */
    static double[] sortedNanos(Op op, int samples, long minSampleNanos, IProgressMonitor monitor) {
        // Warm up until the JIT has compiled the operation, at least a few calls or ~0.3 s.
        long warmStart = System.nanoTime();
        int calls = 0;
        while (calls < 5 || System.nanoTime() - warmStart < 300_000_000L) {
            sink += op.run();
            calls++;
            if (calls >= 10_000 && System.nanoTime() - warmStart > 50_000_000L) {
                break;
            }
        }
        long perCall = Math.max(1, (System.nanoTime() - warmStart) / calls);
        int batch = (int) Math.max(1, Math.min(1_000_000, minSampleNanos / perCall));
        double[] t = new double[samples];
        for (int s = 0; s < samples; s++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            long start = System.nanoTime();
            for (int b = 0; b < batch; b++) {
                sink += op.run();
            }
            t[s] = (double) (System.nanoTime() - start) / batch;
        }
        Arrays.sort(t);
        return t;
    }
}
