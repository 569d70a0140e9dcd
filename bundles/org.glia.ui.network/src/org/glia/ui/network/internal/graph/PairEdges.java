package org.glia.ui.network.internal.graph;

import java.util.Arrays;

/**
 * The edges drawn between two neighbouring layers ("pair {@code p}": layer {@code p} to {@code p + 1}), either
 * all of them or a chosen subset kept per source node in ascending target order, with a summary of the edges
 * left out.
 */
public final class PairEdges {

    private final int pair;
    private final int sources;
    private final int targets;
    private final int[] offsets;
    private final int[] to;
    private final Omitted omitted;

    /**
     * The summary of the edges not drawn, shown as one band.
     *
     * @param count      how many edges were left out
     * @param meanAbs    their mean |weight| (0 when none)
     * @param meanSigned their mean weight
     */
    public record Omitted(long count, double meanAbs, double meanSigned) {
        /** No edge left out. */
        public static final Omitted NONE = new Omitted(0, 0, 0);
    }

    private PairEdges(int pair, int sources, int targets, int[] offsets, int[] to, Omitted omitted) {
        this.pair = pair;
        this.sources = sources;
        this.targets = targets;
        this.offsets = offsets;
        this.to = to;
        this.omitted = omitted;
    }

    /** Every edge of the pair is drawn. */
    public static PairEdges complete(int pair, int sources, int targets) {
        return new PairEdges(pair, sources, targets, null, null, Omitted.NONE);
    }

    /**
     * A subset: the targets of source {@code s} are {@code to[offsets[s] .. offsets[s + 1])}, ascending.
     */
    public static PairEdges subset(int pair, int sources, int targets, int[] offsets, int[] to, Omitted omitted) {
        if (offsets.length != sources + 1 || offsets[sources] != to.length) {
            throw new IllegalArgumentException("offsets do not describe " + sources + " sources over " + to.length + " edges");
        }
        return new PairEdges(pair, sources, targets, offsets, to, omitted);
    }

    /** The pair's index: edges go from layer {@code pair} to layer {@code pair + 1}. */
    public int pair() {
        return pair;
    }

    /** Number of nodes of the source layer. */
    public int sources() {
        return sources;
    }

    /** Number of nodes of the target layer. */
    public int targets() {
        return targets;
    }

    /** True when every edge is drawn. */
    public boolean isComplete() {
        return offsets == null;
    }

    /** Number of edges drawn. */
    public long drawn() {
        return isComplete() ? (long) sources * targets : to.length;
    }

    /** Number of edges drawn from {@code source}. */
    public int degree(int source) {
        return isComplete() ? targets : offsets[source + 1] - offsets[source];
    }

    /** The target of the {@code n}-th drawn edge of {@code source} (targets ascend with {@code n}). */
    public int target(int source, int n) {
        return isComplete() ? n : to[offsets[source] + n];
    }

    /** The first {@code n} whose target is at least {@code target} ({@link #degree} when none). */
    public int firstAtOrAbove(int source, int target) {
        if (isComplete()) {
            return Math.max(0, Math.min(targets, target));
        }
        int from = offsets[source];
        int i = Arrays.binarySearch(to, from, offsets[source + 1], target);
        return (i >= 0 ? i : -i - 1) - from;
    }

    /** Whether the edge from {@code source} to {@code target} is drawn. */
    public boolean isDrawn(int source, int target) {
        int n = firstAtOrAbove(source, target);
        return n < degree(source) && target(source, n) == target;
    }

    /** The edges left out. */
    public Omitted omitted() {
        return omitted;
    }
}
