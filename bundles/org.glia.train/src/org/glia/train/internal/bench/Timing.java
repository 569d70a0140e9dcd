package org.glia.train.internal.bench;

import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Wall-clock timing of a whole operation: warm-up runs, then the median (and spread) of measured runs. */
final class Timing {

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile Object sink;

    private Timing() {
    }

    /**
     * The measured runs of an operation, in milliseconds, sorted.
     *
     * @param millis one entry per measured run
     */
    record Result(double[] millis) {

        /** The median run. */
        double median() {
            int n = millis.length;
            return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
        }

        /** The fastest run. */
        double min() {
            return millis[0];
        }

        /** The slowest run. */
        double max() {
            return millis[millis.length - 1];
        }
    }

    /**
     * Runs {@code op} {@code warmUp} times unmeasured, then {@code runs} times measured.
     *
     * @throws OperationCanceledException when the monitor is cancelled between runs
     */
    static Result measure(Supplier<?> op, int warmUp, int runs, IProgressMonitor monitor) {
        for (int i = 0; i < warmUp; i++) {
            check(monitor);
            sink = op.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            check(monitor);
            long t0 = System.nanoTime();
            sink = op.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(ms);
    }

    private static void check(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** The one-minute load average (other work on the machine skews every figure), or "n/a". */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f", load);
    }
}
