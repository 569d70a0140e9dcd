package org.glia.ui.network.internal.canvas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Path;
import org.glia.ui.network.internal.graph.EdgeBatches;
import org.glia.ui.network.internal.graph.EdgeStyle;

/**
 * The drawn edges as SWT paths in world coordinates, one or more per style bucket, so that a frame strokes a few
 * dozen paths through the viewport's transform instead of thousands of lines.
 * <p>
 * Paths are native resources made on the UI thread; for very many edges that takes long, so they are made in
 * slices ({@link #build(long)}), strongest buckets first, and painting draws those that are ready.
 */
final class EdgePaths {

    /** Most segments in one path: keeps each native call sequence short. */
    private static final int CHUNK = 16_384;

    private final Device device;
    private final EdgeBatches batches;
    private final List<List<Path>> paths;
    private final int[] order;
    private int next;
    private int nextSegment;

    /** Paths for {@code batches}, none made yet. */
    EdgePaths(Device device, EdgeBatches batches) {
        this.device = device;
        this.batches = batches;
        int groups = batches.pairs() * batches.buckets();
        paths = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            paths.add(new ArrayList<>());
        }
        // strongest buckets first, all pairs at each level, so a partial set shows the strongest edges
        int[] buckets = paintOrder(batches.buckets());
        order = new int[groups];
        int i = 0;
        for (int q = buckets.length - 1; q >= 0; q--) {
            for (int p = 0; p < batches.pairs(); p++) {
                order[i++] = p * batches.buckets() + buckets[q];
            }
        }
    }

    /** The buckets from weak to strong, alternating signs: the order in which they are painted. */
    static int[] paintOrder(int buckets) {
        int levels = EdgeStyle.LEVELS;
        int[] order = new int[buckets];
        int i = 0;
        for (int level = 0; level < levels; level++) {
            order[i++] = level;
            order[i++] = levels + level;
        }
        return order;
    }

    /** True when every path is made. */
    boolean isComplete() {
        return next >= order.length;
    }

    /**
     * Makes paths for about {@code millis} milliseconds (at least one chunk), strongest buckets first.
     *
     * @return true when every path is made
     */
    boolean build(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!isComplete()) {
            int g = order[next];
            float[] seg = batches.segments(g / batches.buckets(), g % batches.buckets());
            int from = nextSegment;
            int to = Math.min(seg.length / 4, from + CHUNK);
            if (to > from) {
                Path path = new Path(device);
                for (int i = from; i < to; i++) {
                    int j = 4 * i;
                    path.moveTo(seg[j], seg[j + 1]);
                    path.lineTo(seg[j + 2], seg[j + 3]);
                }
                paths.get(g).add(path);
            }
            if (to >= seg.length / 4) {
                next++;
                nextSegment = 0;
            } else {
                nextSegment = to;
            }
            if (System.nanoTime() > end) {
                break;
            }
        }
        return isComplete();
    }

    /** The ready paths of bucket {@code b} of pair {@code p}. */
    List<Path> paths(int p, int b) {
        return paths.get(p * batches.buckets() + b);
    }

    /** The edges the paths are made of. */
    EdgeBatches batches() {
        return batches;
    }

    /** Frees the native paths. */
    void dispose() {
        for (List<Path> list : paths) {
            list.forEach(Path::dispose);
            list.clear();
        }
    }
}
