package org.glia.ui.network;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ListenerList;

/** Where training runs announce their progress ({@link TrainingListener}) and views subscribe to it. */
public final class TrainingEvents {

    private static final ListenerList<TrainingListener> LISTENERS = new ListenerList<>();
    private static final AtomicLong RUNS = new AtomicLong();

    private TrainingEvents() {
    }

    /** Subscribes (from any thread). */
    public static void addListener(TrainingListener listener) {
        LISTENERS.add(listener);
    }

    /** Unsubscribes. */
    public static void removeListener(TrainingListener listener) {
        LISTENERS.remove(listener);
    }

    /** A fresh run number. */
    public static long nextRun() {
        return RUNS.incrementAndGet();
    }

    /** The subscribers at this moment, for publishers to call (each call guarded by the publisher). */
    public static Iterable<TrainingListener> listeners() {
        return LISTENERS;
    }
}
