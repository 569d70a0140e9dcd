package org.glia.explain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects named figures that attribution methods report on the side, such as the completeness error of
 * integrated gradients or the importance dropped at zero-input nodes. Thread-safe.
 */
public class Diagnostics {

    /** Key under which integrated gradients reports |sum of attributions - (f(x) - f(baseline))|. */
    public static final String IG_COMPLETENESS_ERROR = "ig.completeness_error";
    /** Key under which the paper rule reports importance dropped at zero-input nodes (policy DROP). */
    public static final String PAPER_DROPPED = "paper.dropped";
    /** Key under which the paper rule reports importance spread evenly from zero-input nodes. */
    public static final String PAPER_SPREAD = "paper.spread";

    private static final Diagnostics DISCARD = new Diagnostics() {
        @Override
        public void record(String key, double value) {
            // deliberately forgets everything
        }
    };

    /** Summary of one key: how often it was reported, the largest value and the last value. */
    public record Figure(long count, double max, double sum, double last) {

        /** The mean of the reported values. */
        public double mean() {
            return count == 0 ? Double.NaN : sum / count;
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    /** A collector that ignores everything; the default of an {@link ExplainContext}. */
    public static Diagnostics discard() {
        return DISCARD;
    }

    /** Records one value under {@code key}. */
    public synchronized void record(String key, double value) {
        figures.merge(key, new Figure(1, value, value, value),
                (a, b) -> new Figure(a.count + 1, Math.max(a.max, value), a.sum + value, value));
    }

    /** The summary of {@code key}, or {@code null} when nothing was reported under it. */
    public synchronized Figure get(String key) {
        return figures.get(key);
    }

    /** A snapshot of every summary, in the order keys were first reported. */
    public synchronized Map<String, Figure> snapshot() {
        return new LinkedHashMap<>(figures);
    }
}
