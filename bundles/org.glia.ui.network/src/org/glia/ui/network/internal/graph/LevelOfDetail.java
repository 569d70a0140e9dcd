package org.glia.ui.network.internal.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Chooses which edges to draw under an edge budget: all of them when they fit, otherwise, for every node, its
 * {@code k} strongest edges (by |weight|) towards each neighbouring layer, with the largest {@code k} that keeps
 * the estimate within the budget (at least 1); the edges left out are summarised per layer pair.
 * <p>
 * A layer pair whose edges all fit into {@code k} per node is drawn completely.
 */
public final class LevelOfDetail {

    /** The default number of edges drawn before the level of detail sets in. */
    public static final long DEFAULT_BUDGET = 20_000;

    private LevelOfDetail() {
    }

    /**
     * The edges of {@code network} to draw under {@code budget}.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static DrawnEdges select(NetworkSnapshot network, long budget, IProgressMonitor monitor) {
        int pairs = network.layers() - 1;
        SubMonitor sub = SubMonitor.convert(monitor, pairs);
        long total = network.edgeCount();
        int k = total <= budget ? 0 : perNode(network, budget);
        List<PairEdges> result = new ArrayList<>(pairs);
        for (int p = 0; p < pairs; p++) {
            int m = network.size(p);
            int n = network.size(p + 1);
            if (k == 0 || (long) m * n <= (long) k * (m + n)) {
                result.add(PairEdges.complete(p, m, n));
            } else {
                result.add(strongest(p, network.weightsView(p), m, n, k, sub.split(1)));
                continue;
            }
            sub.worked(1);
        }
        return new DrawnEdges(result, k, total, budget);
    }

    /** The largest k whose estimated edge count fits the budget; 1 when none does. */
    static int perNode(NetworkSnapshot network, long budget) {
        int lo = 1;
        int hi = 1;
        for (int s : network.sizes()) {
            hi = Math.max(hi, s);
        }
        if (estimate(network, lo) > budget) {
            return 1;
        }
        while (lo < hi) {
            int mid = (int) (((long) lo + hi + 1) / 2);
            if (estimate(network, mid) <= budget) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** An upper bound of the edges drawn with {@code k} per node (the union of per-node choices is smaller). */
    static long estimate(NetworkSnapshot network, int k) {
        long sum = 0;
        for (int p = 0; p + 1 < network.layers(); p++) {
            long m = network.size(p);
            long n = network.size(p + 1);
            sum += Math.min(m * n, k * (m + n));
        }
        return sum;
    }

    /** The union of each target's and each source's k strongest edges; w is row-major [target][source]. */
    private static PairEdges strongest(int pair, double[] w, int sources, int targets, int k, IProgressMonitor monitor) {
        BitSet keep = new BitSet(w.length);
        TopK perSource = new TopK(sources, k);
        TopK perTarget = new TopK(1, k);
        for (int t = 0; t < targets; t++) {
            if ((t & 63) == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            perTarget.clear();
            int row = t * sources;
            for (int s = 0; s < sources; s++) {
                double a = Math.abs(w[row + s]);
                perTarget.offer(0, a, s);
                perSource.offer(s, a, t);
            }
            for (int i = 0; i < perTarget.count(0); i++) {
                keep.set(row + perTarget.index(0, i));
            }
        }
        for (int s = 0; s < sources; s++) {
            for (int i = 0; i < perSource.count(s); i++) {
                keep.set(perSource.index(s, i) * sources + s);
            }
        }
        return bySource(pair, w, sources, targets, keep);
    }

    /** Lays the kept edges out per source, targets ascending, and sums up the rest. */
    private static PairEdges bySource(int pair, double[] w, int sources, int targets, BitSet keep) {
        int[] offsets = new int[sources + 1];
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            offsets[i % sources + 1]++;
        }
        for (int s = 0; s < sources; s++) {
            offsets[s + 1] += offsets[s];
        }
        int[] fill = offsets.clone();
        int[] to = new int[offsets[sources]];
        // Flat indices ascend target-major, so each source's targets arrive in ascending order.
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            to[fill[i % sources]++] = i / sources;
        }
        long left = 0;
        double absSum = 0;
        double sum = 0;
        for (int i = keep.nextClearBit(0); i < w.length; i = keep.nextClearBit(i + 1)) {
            left++;
            absSum += Math.abs(w[i]);
            sum += w[i];
        }
        PairEdges.Omitted omitted = left == 0 ? PairEdges.Omitted.NONE
                : new PairEdges.Omitted(left, absSum / left, sum / left);
        return PairEdges.subset(pair, sources, targets, offsets, to, omitted);
    }
}
