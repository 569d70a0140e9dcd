package org.glia.report.internal.soak;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a soak run: the heap measurements, what the session's history (undo stack, versions) held at the
 * end, the mean time of each step, and the verdict against the goal of less than {@value #LIMIT_PERCENT} % heap
 * growth from the first measurement to the last.
 * <p>
 * The verdict is on the whole heap. What the session keeps on purpose (the editor's bounded undo stack and one
 * version per retraining, which belongs to the document) is measured at the end and reported beside it.
 *
 * @param checkpoints  the measurements, the first is the baseline
 * @param undoBytes    heap freed by emptying the undo stack at the end (-1 when not measured)
 * @param versionBytes heap freed by then dropping all versions but the current one (-1 when not measured)
 * @param stepMillis   mean milliseconds of edit, retrain, explain and render
 * @param render       what the render step did
 */
public record SoakResult(List<Checkpoint> checkpoints, long undoBytes, long versionBytes, double[] stepMillis,
        String render) {

    /** The goal: heap growth below this percentage. */
    public static final double LIMIT_PERCENT = 10;

    /** Copies the list. */
    public SoakResult {
        checkpoints = List.copyOf(checkpoints);
        if (checkpoints.size() < 2) {
            throw new IllegalArgumentException("a soak result needs at least two measurements");
        }
    }

    /** The baseline measurement. */
    public Checkpoint first() {
        return checkpoints.get(0);
    }

    /** The last measurement. */
    public Checkpoint last() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    /** Heap growth from the baseline to the last measurement, in percent. */
    public double growthPercent() {
        return percent(last().heapBytes() - first().heapBytes(), first().heapBytes());
    }

    /** Heap the history (undo stack and versions) held at the end; 0 when not measured. */
    public long historyBytes() {
        return Math.max(0, undoBytes) + Math.max(0, versionBytes);
    }

    /** True when the history was measured. */
    public boolean historyMeasured() {
        return undoBytes >= 0 && versionBytes >= 0;
    }

    /** True when the heap grew less than {@value #LIMIT_PERCENT} % from the first measurement to the last. */
    public boolean passed() {
        return growthPercent() < LIMIT_PERCENT;
    }

    private static double percent(double delta, double base) {
        return base <= 0 ? Double.NaN : 100 * delta / base;
    }

    /** Prints the measurements, the history, the step times and the verdict. */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "%6s %9s %8s %8s %9s %9s %7s %9s%n", "cycle", "heap MB", "vs first", "RSS MB",
                "versions", "undo cmds", "hidden", "ms/cycle");
        for (Checkpoint c : checkpoints) {
            String vs = c == first() ? "-" : String.format(Locale.ROOT, "%+.1f%%",
                    percent(c.heapBytes() - first().heapBytes(), first().heapBytes()));
            out.printf(Locale.ROOT, "%6d %9.2f %8s %8s %9d %9d %7d %9.1f%n", c.cycle(), mb(c.heapBytes()), vs,
                    c.residentBytes() < 0 ? "?" : String.format(Locale.ROOT, "%.0f", mb(c.residentBytes())),
                    c.versions(), c.commands(), c.hidden(), c.millisPerCycle());
        }
        int span = last().cycle() - first().cycle();
        if (historyMeasured()) {
            out.printf(Locale.ROOT, "history at cycle %d, kept on purpose: undo stack %.2f MB (%d commands, the editor's"
                    + " default limit), versions %.2f MB (%d; every retraining records one in the document)%n",
                    last().cycle(), mb(undoBytes), last().commands(), mb(versionBytes), last().versions());
        }
        out.printf(Locale.ROOT, "mean step times: edit %.2f ms, retrain %.1f ms, explain %.1f ms, render %.1f ms%n",
                stepMillis[0], stepMillis[1], stepMillis[2], stepMillis[3]);
        out.printf(Locale.ROOT, "%s: heap after GC grew %+.1f%% over %d cycles, from cycle %d to cycle %d (goal: < %.0f%%)%n",
                passed() ? "PASS" : "FAIL", growthPercent(), span, first().cycle(), last().cycle(), LIMIT_PERCENT);
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
