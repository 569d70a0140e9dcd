package org.glia.report.internal.soak;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a soak run: the heap measurements, what the session's history (undo stack, versions) held at the
 * end, the mean time of each step, and the verdict against the goal of less than {@value #LIMIT_PERCENT} % heap
 * growth from the first measurement to the last.
 * <p>
 * The history grows by design (the editor's command stack has no undo limit and every retraining records a
 * version), so the verdict is on the growth without it when it was measured; the total is reported beside it.
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

    /**
     * Heap growth without the session's history, in percent: the history grows by the same amount every cycle (one
     * edit, one version), so at the baseline it held {@code first/last} of what it held at the end.
     */
    public double growthWithoutHistoryPercent() {
        double history = historyBytes();
        double atFirst = history * first().cycle() / last().cycle();
        double base = first().heapBytes() - atFirst;
        return percent(last().heapBytes() - history - base, base);
    }

    /** True when the history was measured (then the verdict leaves it out). */
    public boolean historyMeasured() {
        return undoBytes >= 0 && versionBytes >= 0;
    }

    /** The growth the verdict is on: without the history when it was measured, else in all. */
    public double judgedGrowthPercent() {
        return historyMeasured() ? growthWithoutHistoryPercent() : growthPercent();
    }

    /** True when the judged growth is below {@value #LIMIT_PERCENT} %. */
    public boolean passed() {
        return judgedGrowthPercent() < LIMIT_PERCENT;
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
            out.printf(Locale.ROOT, "history at cycle %d, kept by design: undo stack %.2f MB (%d commands; the editor's"
                    + " stack has no undo limit), versions %.2f MB (%d; every retraining records one): %.1f KB per"
                    + " cycle%n", last().cycle(), mb(undoBytes), last().commands(), mb(versionBytes),
                    last().versions(), historyBytes() / 1024.0 / last().cycle());
            out.printf(Locale.ROOT, "heap growth cycle %d -> %d: %+.1f%% in all, %+.1f%% without the history%n",
                    first().cycle(), last().cycle(), growthPercent(), growthWithoutHistoryPercent());
        }
        out.printf(Locale.ROOT, "mean step times: edit %.2f ms, retrain %.1f ms, explain %.1f ms, render %.1f ms%n",
                stepMillis[0], stepMillis[1], stepMillis[2], stepMillis[3]);
        out.printf(Locale.ROOT, "%s: %sheap after GC grew %+.1f%% over %d cycles, from cycle %d to cycle %d"
                + " (goal: < %.0f%%)%s%n",
                passed() ? "PASS" : "FAIL", historyMeasured() ? "apart from the history, " : "", judgedGrowthPercent(),
                span, first().cycle(), last().cycle(), LIMIT_PERCENT, historyMeasured()
                        ? String.format(Locale.ROOT, "; with it %+.1f%%", growthPercent()) : "");
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
