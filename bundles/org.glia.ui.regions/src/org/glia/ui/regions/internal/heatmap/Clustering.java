package org.glia.ui.regions.internal.heatmap;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Orders vectors by similarity for the heatmap: agglomerative clustering with average linkage (UPGMA) on the
 * correlation distance {@code 1 - r}, then the leaves of the tree from left to right. Fully deterministic: of
 * equally close pairs the one with the lowest indices merges first, and the cluster holding the lower original
 * index is always the left child. No randomness, no dependence on hash order.
 */
public final class Clustering {

    private Clustering() {
    }

    /**
     * The leaf order of the clustering of {@code vectors} (all of one length): a permutation of
     * {@code 0 .. vectors.length - 1}.
     */
    public static int[] order(double[][] vectors, IProgressMonitor monitor) {
        int n = vectors.length;
        SubMonitor progress = SubMonitor.convert(monitor, n + 1);
        if (n <= 2) {
            int[] identity = new int[n];
            for (int i = 0; i < n; i++) {
                identity[i] = i;
            }
            return identity;
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = distance(vectors[i], vectors[j]);
            }
        }
        checkCanceled(progress);
        progress.worked(1);
        return merge(d, progress);
    }

    /**
     * The correlation distance {@code 1 - r} (0 .. 2) between two vectors, over the positions where both are
     * finite. Two constant vectors are at distance 0, a constant and a varying one at 1 (no correlation), and
     * so are vectors with fewer than two shared finite positions.
     */
    public static double distance(double[] a, double[] b) {
        int count = 0;
        double sa = 0;
        double sb = 0;
        for (int k = 0; k < a.length; k++) {
            if (Double.isFinite(a[k]) && Double.isFinite(b[k])) {
                sa += a[k];
                sb += b[k];
                count++;
            }
        }
        if (count < 2) {
            return 1;
        }
        double ma = sa / count;
        double mb = sb / count;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int k = 0; k < a.length; k++) {
            if (Double.isFinite(a[k]) && Double.isFinite(b[k])) {
                double x = a[k] - ma;
                double y = b[k] - mb;
                saa += x * x;
                sbb += y * y;
                sab += x * y;
            }
        }
        boolean flatA = saa <= 1e-300;
        boolean flatB = sbb <= 1e-300;
        if (flatA || flatB) {
            return flatA && flatB ? 0 : 1;
        }
        double r = sab / Math.sqrt(saa * sbb);
        return 1 - Math.max(-1, Math.min(1, r));
    }

    /**
     * Merges the closest pair of clusters until one is left; {@code d} is overwritten with the linkage distances.
     * A cluster lives in the slot of its lowest original index, so "lowest slot first" is "lowest index first".
     * Each slot caches its nearest higher slot, so most steps cost one pass over the slots instead of n^2.
     */
    private static int[] merge(double[][] d, SubMonitor progress) {
        int n = d.length;
        boolean[] active = new boolean[n];
        int[] size = new int[n];
        int[] tree = new int[n];
        // tree nodes: 0..n-1 are the leaves; n.. are merges with children left[t - n], right[t - n]
        int[] left = new int[n - 1];
        int[] right = new int[n - 1];
        int[] nearest = new int[n];
        double[] nearestDistance = new double[n];
        for (int i = 0; i < n; i++) {
            active[i] = true;
            size[i] = 1;
            tree[i] = i;
        }
        for (int i = 0; i < n; i++) {
            findNearest(d, active, i, nearest, nearestDistance);
        }
        for (int step = 0; step < n - 1; step++) {
            checkCanceled(progress);
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (active[i] && nearest[i] >= 0 && (a < 0 || nearestDistance[i] < nearestDistance[a])) {
                    a = i;
                }
            }
            int b = nearest[a];
            left[step] = tree[a];
            right[step] = tree[b];
            tree[a] = n + step;
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != b) {
                    double merged = (size[a] * d[a][k] + size[b] * d[b][k]) / (size[a] + size[b]);
                    d[a][k] = d[k][a] = merged;
                }
            }
            size[a] += size[b];
            active[b] = false;
            for (int k = 0; k < n; k++) {
                if (!active[k]) {
                    continue;
                }
                if (k == a || nearest[k] == a || nearest[k] == b) {
                    findNearest(d, active, k, nearest, nearestDistance);
                } else if (k < a && (d[k][a] < nearestDistance[k] || d[k][a] == nearestDistance[k] && a < nearest[k])) {
                    nearest[k] = a;
                    nearestDistance[k] = d[k][a];
                }
            }
            progress.worked(1);
        }
        return leaves(n, left, right, 2 * n - 2);
    }

    /** The nearest active slot above {@code i} (the lowest one among equals), or -1. */
    private static void findNearest(double[][] d, boolean[] active, int i, int[] nearest, double[] nearestDistance) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int k = i + 1; k < d.length; k++) {
            if (active[k] && (best < 0 || d[i][k] < bestDistance)) {
                best = k;
                bestDistance = d[i][k];
            }
        }
        nearest[i] = best;
        nearestDistance[i] = bestDistance;
    }

    /** The leaves under {@code root}, left to right (iteratively: a chain of merges can be n deep). */
    private static int[] leaves(int n, int[] left, int[] right, int root) {
        int[] order = new int[n];
        int count = 0;
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            if (t < n) {
                order[count++] = t;
            } else {
                stack.push(right[t - n]);
                stack.push(left[t - n]);
            }
        }
        return order;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
