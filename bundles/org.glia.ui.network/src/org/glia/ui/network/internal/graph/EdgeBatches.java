package org.glia.ui.network.internal.graph;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * The drawn edges grouped by layer pair and {@link EdgeStyle} bucket as world-coordinate segments
 * ({@code x0, y0, x1, y1}), so a painter strokes each group at once with one colour and opacity; with each pair's
 * ink density, which lets the painter thin out pairs whose edges would cover their strip many times over.
 */
public final class EdgeBatches {

    private final float[][][] segments;
    private final double[] density;

    private EdgeBatches(float[][][] segments, double[] density) {
        this.segments = segments;
        this.density = density;
    }

    /**
     * Groups the drawn edges.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static EdgeBatches of(NetworkSnapshot network, GraphLayout layout, DrawnEdges edges, EdgeStyle style,
            IProgressMonitor monitor) {
        int pairs = edges.pairs().size();
        int buckets = style.buckets();
        float[][][] segments = new float[pairs][buckets][];
        double[] density = new double[pairs];
        for (PairEdges pair : edges.pairs()) {
            int p = pair.pair();
            int[] counts = new int[buckets];
            visit(network, pair, style, monitor, (b, s, t) -> counts[b]++);
            for (int b = 0; b < buckets; b++) {
                segments[p][b] = new float[4 * counts[b]];
            }
            int[] fill = new int[buckets];
            double[] length = {0};
            float x0 = (float) layout.x(p);
            float x1 = (float) layout.x(p + 1);
            visit(network, pair, style, monitor, (b, s, t) -> {
                float[] seg = segments[p][b];
                int i = fill[b];
                seg[i] = x0;
                seg[i + 1] = (float) layout.y(p, s);
                seg[i + 2] = x1;
                seg[i + 3] = (float) layout.y(p + 1, t);
                length[0] += Math.hypot(x1 - x0, seg[i + 3] - seg[i + 1]);
                fill[b] = i + 4;
            });
            double strip = (x1 - x0) * Math.max(layout.bottom(p) - layout.top(p), layout.bottom(p + 1) - layout.top(p + 1));
            density[p] = length[0] / strip;
        }
        return new EdgeBatches(segments, density);
    }

    /** Receives one drawn edge of a pair with its bucket. */
    private interface Visitor {
        void edge(int bucket, int source, int target);
    }

    private static void visit(NetworkSnapshot network, PairEdges pair, EdgeStyle style, IProgressMonitor monitor,
            Visitor visitor) {
        double[] w = network.weightsView(pair.pair());
        int m = pair.sources();
        for (int s = 0; s < m; s++) {
            if ((s & 63) == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int degree = pair.degree(s);
            for (int n = 0; n < degree; n++) {
                int t = pair.target(s, n);
                visitor.edge(style.bucket(pair.pair(), w[t * m + s]), s, t);
            }
        }
    }

    /** Number of layer pairs. */
    public int pairs() {
        return segments.length;
    }

    /** Number of buckets per pair. */
    public int buckets() {
        return segments.length == 0 ? 0 : segments[0].length;
    }

    /** The segments of bucket {@code b} of pair {@code p}: 4 floats per edge; never write to it. */
    public float[] segments(int p, int b) {
        return segments[p][b];
    }

    /** Number of edges in bucket {@code b} of pair {@code p}. */
    public int count(int p, int b) {
        return segments[p][b].length / 4;
    }

    /**
     * The ink of pair {@code p}: total edge length over the area of its strip, in world units; lines one pixel wide
     * cover the strip {@code density / scale} times over at {@code scale} pixels per world unit.
     */
    public double density(int p) {
        return density[p];
    }

    /** Number of edges in all groups. */
    public long total() {
        long n = 0;
        for (float[][] pair : segments) {
            for (float[] s : pair) {
                n += s.length / 4;
            }
        }
        return n;
    }
}
