package org.glia.ui.network.internal.graph;

import org.glia.ui.network.NetworkPick;

/**
 * Finds the node or drawn edge under a point of a {@link Scene}.
 * <p>
 * The layout itself is the spatial index: nodes sit at evenly spaced heights in columns, so the node nearest a
 * point is computed, not searched; for edges, only the layer pair whose strip holds the point can match, and for
 * each source node the targets whose edge passes within the tolerance form one interval of target indices,
 * found by arithmetic and (for a reduced pair) a binary search in that source's sorted targets. A query costs
 * about one step per source node of the pair, not per edge.
 */
public final class HitTester {

    private final Scene scene;
    private final GraphLayout layout;

    /** A tester for {@code scene}. */
    public HitTester(Scene scene) {
        this.scene = scene;
        this.layout = scene.layout();
    }

    /**
     * The node within {@code nodeRadius} pixels of world point {@code (wx, wy)}, else the nearest drawn edge within
     * {@code tolerance} pixels, else null.
     *
     * @param scale screen pixels per world unit
     */
    public NetworkPick pick(double wx, double wy, double scale, double nodeRadius, double tolerance) {
        NetworkPick node = nodeAt(wx, wy, scale, Math.max(nodeRadius, tolerance));
        return node != null ? node : edgeAt(wx, wy, scale, tolerance);
    }

    /** The node whose centre is within {@code radius} pixels of {@code (wx, wy)}, or null. */
    public NetworkPick nodeAt(double wx, double wy, double scale, double radius) {
        int column = (int) Math.round(wx / GraphLayout.COLUMN_GAP);
        if (column < 0 || column >= layout.layers()) {
            return null;
        }
        int node = layout.nearestNode(column, wy);
        double dx = (wx - layout.x(column)) * scale;
        double dy = (wy - layout.y(column, node)) * scale;
        if (Math.hypot(dx, dy) > radius) {
            return null;
        }
        return NetworkPick.node(column, node, scene.network().label(column, node));
    }

    /** The drawn edge nearest to {@code (wx, wy)} within {@code tolerance} pixels (ties: the stronger), or null. */
    public NetworkPick edgeAt(double wx, double wy, double scale, double tolerance) {
        int p = (int) Math.floor(wx / GraphLayout.COLUMN_GAP);
        if (p < 0 || p >= layout.layers() - 1) {
            return null;
        }
        double x0 = layout.x(p);
        double x1 = layout.x(p + 1);
        double t = (wx - x0) / (x1 - x0);
        if (t <= 0) {
            return null;
        }
        PairEdges pair = scene.edges().pair(p);
        double[] w = scene.network().weightsView(p);
        int m = pair.sources();
        int n = pair.targets();
        double tolWorld = tolerance / scale;
        double window = tolWorld * Math.sqrt(1 + layout.maxSlope() * layout.maxSlope());
        double dj = window / (t * layout.spacing(p + 1));
        double best = Double.POSITIVE_INFINITY;
        double bestAbs = -1;
        int bestS = -1;
        int bestT = -1;
        for (int s = 0; s < m; s++) {
            double ys = layout.y(p, s);
            double jc = layout.indexAt(p + 1, (wy - (1 - t) * ys) / t);
            int lo = (int) Math.max(0, Math.ceil(jc - dj));
            int hi = (int) Math.min(n - 1, Math.floor(jc + dj));
            if (lo > hi) {
                continue;
            }
            int degree = pair.degree(s);
            for (int q = pair.firstAtOrAbove(s, lo); q < degree; q++) {
                int j = pair.target(s, q);
                if (j > hi) {
                    break;
                }
                double d = distance(wx, wy, x0, ys, x1, layout.y(p + 1, j));
                double a = Math.abs(w[j * m + s]);
                if (d < best - 1e-12 || (d <= best + 1e-12 && a > bestAbs)) {
                    best = d;
                    bestAbs = a;
                    bestS = s;
                    bestT = j;
                }
            }
        }
        if (bestS < 0 || best > tolWorld) {
            return null;
        }
        return NetworkPick.edge(p, bestS, bestT, w[bestT * m + bestS]);
    }

    /** Distance from point {@code (px, py)} to the segment {@code (ax, ay)-(bx, by)}. */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
    }
}
