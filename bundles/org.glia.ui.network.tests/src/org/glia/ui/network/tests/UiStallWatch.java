package org.glia.ui.network.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * A watchdog for "the UI thread never freezes for more than N ms at a time": a background thread hands the UI
 * thread a tick every few milliseconds and measures how long each tick waits to run, i.e. how long the UI thread
 * did not get back to its event loop.
 * <p>
 * On a loaded machine that wall-clock gap also holds time the program does not control: the UI thread waiting for
 * a CPU, an X server starved of CPU, garbage collector threads competing with other processes. Where Linux reports
 * per-thread scheduling figures (/proc/.../schedstat), each gap is split into the UI thread's own CPU time (the
 * work done in one go, which load does not change), its wait for a CPU, and the rest (blocked: X round trips,
 * locks, I/O, garbage collection). {@link #violation} always holds the work to the limit, and the work plus the
 * blocked time too unless the machine was overloaded (load average above its CPUs) while watching.
 */
final class UiStallWatch {

    /** Time between ticks; a stall is measured to within this. */
    private static final long PERIOD_MS = 4;

    private final Display display;
    private final Path schedstat;
    private final Thread watchdog;
    private final double loadAtStart;
    private volatile boolean running = true;
    private volatile long longestWall;
    private volatile long longestStall;
    private volatile long longestWork;
    private double loadAtEnd;
    /** The tick waiting to run: when it was posted and the UI thread's figures then (null: none waits). */
    private final AtomicReference<long[]> pending = new AtomicReference<>();

    private UiStallWatch(Display display) {
        this.display = display;
        this.schedstat = ownSchedstat();
        this.loadAtStart = load();
        watchdog = new Thread(this::watch, "UI stall watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Starts watching the UI thread of {@code display}; call on that thread. */
    static UiStallWatch start(Display display) {
        return new UiStallWatch(display);
    }

    /**
     * Stops watching (again: nothing more happens); call on the UI thread. A tick still waiting then counts as a
     * stall up to now.
     */
    void close() {
        if (!running) {
            return;
        }
        running = false;
        watchdog.interrupt();
        try {
            watchdog.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] p = pending.getAndSet(null);
        if (p != null) {
            record(p, System.nanoTime(), figures());
        }
        loadAtEnd = load();
    }

    /** The longest gap between two event-loop turns, without the waits for a CPU, in ms. */
    long longestMillis() {
        return longestStall;
    }

    /** The most CPU time the UI thread spent in one gap, in ms (the gap's wall time without schedstat). */
    long longestWorkMillis() {
        return longestWork;
    }

    /** True when the machine had more runnable work than CPUs when the watch started or ended. */
    boolean machineWasBusy() {
        int cpus = Runtime.getRuntime().availableProcessors();
        return Math.max(loadAtStart, loadAtEnd) > cpus;
    }

    /** Why the UI thread counts as frozen for more than {@code limitMillis} at a time, or null when it did not. */
    String violation(long limitMillis) {
        if (longestWork >= limitMillis) {
            return "the UI thread worked " + longestWork + " ms in one go; " + this;
        }
        if (longestStall >= limitMillis && !machineWasBusy()) {
            return "the UI thread was held " + longestStall + " ms at a time; " + this;
        }
        return null;
    }

    @Override
    public String toString() {
        String s = "longest UI-thread gap " + longestWall + " ms wall clock";
        if (schedstat != null) {
            s += ", " + longestStall + " ms without waits for a CPU, most work in one gap " + longestWork + " ms";
        }
        return s + String.format(java.util.Locale.ROOT, " (load average %.1f / %.1f on %d CPUs)", loadAtStart,
                loadAtEnd, Runtime.getRuntime().availableProcessors());
    }

    private void watch() {
        while (running && !display.isDisposed()) {
            long[] atPost = figures();
            long[] p = {System.nanoTime(), atPost[0], atPost[1]};
            pending.set(p);
            try {
                display.asyncExec(() -> {
                    long[] f = figures();
                    long now = System.nanoTime();
                    if (pending.compareAndSet(p, null)) {
                        record(p, now, f);
                    }
                });
            } catch (SWTException e) {
                return; // the display is gone
            }
            while (running && pending.get() == p) {
                if (!pause(1)) {
                    return;
                }
            }
            if (!pause(PERIOD_MS)) {
                return;
            }
        }
    }

    /** Records a gap from {@code posted} (time, cpu, queue wait) to {@code now} with the figures then. */
    private synchronized void record(long[] posted, long now, long[] figures) {
        long wall = (now - posted[0]) / 1_000_000;
        longestWall = Math.max(longestWall, wall);
        if (schedstat == null) {
            longestStall = Math.max(longestStall, wall);
            longestWork = Math.max(longestWork, wall);
            return;
        }
        long work = Math.max(0, figures[0] - posted[1]) / 1_000_000;
        long queued = Math.max(0, figures[1] - posted[2]) / 1_000_000;
        longestStall = Math.max(longestStall, wall - queued);
        longestWork = Math.max(longestWork, work);
    }

    /** The UI thread's CPU time and run-queue wait so far in ns ({0, 0} without schedstat); any thread. */
    private long[] figures() {
        if (schedstat == null) {
            return new long[2];
        }
        try {
            String[] f = Files.readString(schedstat).trim().split("\\s+");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /** /proc/self/task/TID/schedstat of the calling (UI) thread, or null when there is none. */
    private static Path ownSchedstat() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self")); // PID/task/TID
            Path file = Path.of("/proc/self/task", self.getFileName().toString(), "schedstat");
            String[] f = Files.readString(file).trim().split("\\s+");
            Long.parseLong(f[0]);
            Long.parseLong(f[1]);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The one-minute load average, 0 when unknown. */
    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
