package org.glia.ui.network.internal.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the frame benchmark's results as a table, then each goal of the issue with the figure that meets it or not. */
final class BenchReport {

    private static final String ROW = "%-16s %-9s %10s %8s %6s %7s %7s | %-11s %-11s | %-11s %-11s | %-13s %-13s%n";

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void print(List<FrameBench.Result> results) {
        out.printf(Locale.ROOT, ROW, "network", "detail", "edges", "drawn", "ready", "UI step", "repaint", "drag",
                "wheel", "full pan", "full zoom", "node pick", "edge pick");
        out.printf(Locale.ROOT, ROW, "", "", "", "", "s", "ms", "ms", "ms med/p95", "ms med/p95", "ms med/p95",
                "ms med/p95", "ms med/p99", "ms med/p99");
        for (FrameBench.Result r : results) {
            out.printf(Locale.ROOT, ROW, r.network(), detail(r), String.format(Locale.ROOT, "%,d", r.edges()),
                    String.format(Locale.ROOT, "%,d", r.drawn()), String.format(Locale.ROOT, "%.2f",
                            r.readyMillis() / 1000), String.format(Locale.ROOT, "%.0f", r.longestStep()),
                    String.format(Locale.ROOT, "%.1f", r.repaint().median()), frames(r.drag()), frames(r.wheel()),
                    frames(r.pan()), frames(r.zoom()), picks(r.pickNode()), picks(r.pickEdge()));
        }
        out.println("ready: from handing the network over to its first complete picture; UI step: the longest the UI "
                + "thread was held meanwhile; a frame: view change, paint, event queue idle, a pixel read back from "
                + "the X server; repaint: a frame with nothing changed (copying the kept picture to the window, the "
                + "floor under every frame); drag, wheel: frames made by mouse events, as the user makes them (a "
                + "picture slow to paint leaves out its weaker half of edges until the user pauses); full pan, full "
                + "zoom: the whole picture every frame");
        goals(results);
    }

    private void goals(List<FrameBench.Result> results) {
        FrameBench.Result paper = null;
        FrameBench.Result largest = null;
        double worstPick = 0;
        for (FrameBench.Result r : results) {
            if (!isBaseline(r)) {
                paper = paper == null || r.edges() < paper.edges() ? r : paper;
                largest = largest == null || r.edges() > largest.edges() ? r : largest;
                worstPick = Math.max(worstPick, Math.max(r.pickNode().p99(), r.pickEdge().p99()));
            }
        }
        if (largest == null) {
            return;
        }
        double fps = Math.min(largest.drag().perSecond(), largest.wheel().perSecond());
        double full = Math.min(largest.pan().perSecond(), largest.zoom().perSecond());
        out.printf(Locale.ROOT, "Goal: >= %.0f frames/s for the largest (%s) while panning and zooming: %.1f frames/s "
                + "(median, drag and wheel) - %s; full pictures: %.1f frames/s%n", NetworkBenchmark.GOAL_FPS,
                largest.network(), fps, verdict(fps >= NetworkBenchmark.GOAL_FPS), full);
        double slow = Math.max(Math.max(paper.pan().p95(), paper.zoom().p95()),
                Math.max(paper.drag().p95(), paper.wheel().p95()));
        out.printf(Locale.ROOT, "Goal: instant at paper scale (%s, under %.0f ms a frame): p95 %.1f ms - %s%n",
                paper.network(), NetworkBenchmark.INSTANT_MS, slow, verdict(slow < NetworkBenchmark.INSTANT_MS));
        out.printf(Locale.ROOT, "Goal: picking < %.0f ms: worst p99 %.3f ms - %s%n", NetworkBenchmark.GOAL_PICK_MS,
                worstPick, verdict(worstPick < NetworkBenchmark.GOAL_PICK_MS));
        for (FrameBench.Result b : results) {
            if (isBaseline(b)) {
                for (FrameBench.Result r : results) {
                    if (r != b && r.network().equals(b.network()) && !isBaseline(r)) {
                        out.printf(Locale.ROOT, "Level of detail on %s (median, on vs every edge drawn): drag %.1f vs "
                                + "%.1f ms, wheel %.1f vs %.1f ms, full pan %.1f vs %.1f ms, full zoom %.1f vs %.1f ms, "
                                + "ready %.2f vs %.2f s%n", r.network(), r.drag().median(), b.drag().median(),
                                r.wheel().median(), b.wheel().median(), r.pan().median(), b.pan().median(),
                                r.zoom().median(), b.zoom().median(), r.readyMillis() / 1000, b.readyMillis() / 1000);
                    }
                }
            }
        }
    }

    /** A baseline draws every edge one by one: the level of detail is off. */
    private static boolean isBaseline(FrameBench.Result r) {
        return r.budget() == Long.MAX_VALUE;
    }

    private static String detail(FrameBench.Result r) {
        return isBaseline(r) ? "off (all)" : r.drawn() < r.edges() ? "on" : "on (all)";
    }

    private static String frames(Timing t) {
        return String.format(Locale.ROOT, "%.1f/%.1f", t.median(), t.p95());
    }

    private static String picks(Timing t) {
        return String.format(Locale.ROOT, "%.3f/%.3f", t.median(), t.p99());
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
