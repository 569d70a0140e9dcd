package org.glia.train.dl4j;

import org.glia.train.TrainingException;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * ND4J's native backend as Glia uses it: started once, with a failure to start turned into a message for the
 * user, and with a settable number of native threads.
 * <p>
 * ND4J (OpenMP, OpenBLAS) would use every core. Its threads wait actively for each other, so as soon as other
 * work competes for the cores (the workbench, software 3D rendering, a build) a step becomes many times slower:
 * measured on 2 cores under load, 278-512-512-3 with batches of 128 took 2.5-2.8 s per epoch with 2 threads and
 * 0.44-0.51 s with 1. So Glia gives ND4J half the cores (at least one) unless the system property
 * {@value #THREADS_PROPERTY} or the environment variable {@code OMP_NUM_THREADS} says otherwise.
 */
public final class Dl4jRuntime {

    /** The system property giving the number of native threads ND4J may use (default: half the cores). */
    public static final String THREADS_PROPERTY = "glia.dl4j.threads";

    private static volatile boolean started;

    private Dl4jRuntime() {
    }

    /**
     * Makes sure ND4J runs (the first call loads the native libraries: 0.3 s warm, a few seconds on a cold
     * JavaCPP cache) and applies {@value #THREADS_PROPERTY}.
     *
     * @throws TrainingException when the backend cannot start (missing natives, wrong platform)
     */
    static void ensureStarted() {
        if (started) {
            return;
        }
        synchronized (Dl4jRuntime.class) {
            if (started) {
                return;
            }
            try {
                Nd4j.getBackend();
                Nd4j.scalar(1.0).addi(1.0);
            } catch (RuntimeException | LinkageError e) {
                throw new TrainingException("DeepLearning4J could not start its native backend (" + describe(e)
                        + "); use the Java engine instead.");
            }
            Integer threads = Integer.getInteger(THREADS_PROPERTY);
            if (threads != null && threads > 0) {
                apply(threads);
            } else if (System.getenv("OMP_NUM_THREADS") == null) {
                apply(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
            }
            started = true;
        }
    }

    /** Caps the native threads of every later DL4J operation in this process at {@code n} (at least 1). */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ND4J needs at least one thread, not " + n);
        }
        ensureStarted();
        apply(n);
    }

    private static void apply(int n) {
        // three knobs: libnd4j's OpenMP threads (what OMP_NUM_THREADS sets at start-up), the threads one operation
        // splits into, and OpenBLAS's own threads; Environment.setMaxThreads is a no-op in this ND4J version
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** The number of native threads ND4J uses now. */
    public static int threads() {
        ensureStarted();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
