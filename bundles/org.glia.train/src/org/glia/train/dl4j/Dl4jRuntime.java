package org.glia.train.dl4j;

import org.glia.train.TrainingException;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's native backend as Glia uses it: started once, with a failure to start turned into a message for the
 * user, and with a settable number of native threads.
 * <p>
 * ND4J (OpenMP, OpenBLAS) uses every core by default. Its threads wait actively for each other, so on a machine
 * busy with other work a step can become ten times slower with two threads than with one; the system property
 * {@value #THREADS_PROPERTY} (or {@link #setThreads}) caps them.
 */
public final class Dl4jRuntime {

    /** The system property giving the number of native threads ND4J may use (default: all cores). */
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
            started = true;
            Integer threads = Integer.getInteger(THREADS_PROPERTY);
            if (threads != null && threads > 0) {
                setThreads(threads);
            }
        }
    }

    /** Caps the native threads of every later DL4J operation in this process at {@code n} (at least 1). */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ND4J needs at least one thread, not " + n);
        }
        ensureStarted();
        // libnd4j sizes its thread pool at start-up (setMaxThreads is a no-op); the number of threads an operation
        // splits into is the "master threads" setting, OpenBLAS has its own
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /** The number of native threads ND4J uses now. */
    public static int threads() {
        ensureStarted();
        return Nd4j.getEnvironment().maxMasterThreads();
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
