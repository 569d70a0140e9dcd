package org.glia.atlas.internal.mesh;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Reduces a closed manifold mesh to a target triangle count by quadric-error edge collapses
 * (Garland-Heckbert), keeping it closed and manifold: an edge is collapsed only when exactly two
 * triangles share it, the link condition holds (its end points have exactly the two opposite vertices
 * as common neighbours), no vertex drops below three triangles, and no surviving triangle flips or
 * degenerates. Single-threaded and deterministic.
 */
public final class QuadricDecimator {

    /** Smallest cosine allowed between a triangle's normal before and after a collapse. */
    private static final double MIN_NORMAL_COSINE = 0.2;

    private final double[] p;
    private final int[] tris;
    private final boolean[] deadTriangle;
    private final boolean[] deadVertex;
    private final int[][] vt;
    private final int[] vtCount;
    private final int[] stamp;
    private final double[] q;
    private final EdgeHeap heap = new EdgeHeap();
    private final int[] sharedT = new int[2];
    private final double[] spot = new double[3];
    private final double[] target = new double[3];
    private int alive;

    private QuadricDecimator(Mesh mesh) {
        p = mesh.positions().clone();
        tris = mesh.triangles().clone();
        int n = mesh.vertexCount();
        int m = mesh.triangleCount();
        alive = m;
        deadTriangle = new boolean[m];
        deadVertex = new boolean[n];
        stamp = new int[n];
        vtCount = new int[n];
        for (int v : tris) {
            vtCount[v]++;
        }
        vt = new int[n][];
        for (int v = 0; v < n; v++) {
            vt[v] = new int[Math.max(vtCount[v], 4)];
            vtCount[v] = 0;
        }
        q = new double[10 * n];
        for (int t = 0; t < m; t++) {
            for (int k = 0; k < 3; k++) {
                int v = tris[3 * t + k];
                vt[v][vtCount[v]++] = t;
                Quadrics.addPlane(q, 10 * v, p, tris[3 * t], tris[3 * t + 1], tris[3 * t + 2]);
            }
        }
    }

    /** A copy of {@code mesh} reduced to at most {@code target} triangles where the rules above allow. */
    public static Mesh decimate(Mesh mesh, int target, BooleanSupplier cancelled) {
        if (mesh.triangleCount() <= target) {
            return mesh;
        }
        QuadricDecimator d = new QuadricDecimator(mesh);
        d.run(target, cancelled);
        return d.result();
    }

    /**
     * Collapses the cheapest edges until the target is met. Costs only grow as quadrics are summed, so
     * stale entries are simply re-costed when they surface (lazy evaluation) instead of being queued
     * again on every collapse; edges refused for topology get another chance in a later round.
     */
    private void run(int target, BooleanSupplier cancelled) {
        int steps = 0;
        boolean progress = true;
        for (int round = 0; round < 4 && progress && alive > target; round++) {
            progress = false;
            seed();
            while (alive > target && !heap.isEmpty()) {
                if ((++steps & 1023) == 0 && cancelled.getAsBoolean()) {
                    throw new OperationCanceledException();
                }
                int u = heap.topU();
                int v = heap.topV();
                boolean stale = stamp[u] != heap.topStampU() || stamp[v] != heap.topStampV();
                heap.pop();
                if (deadVertex[u] || deadVertex[v]) {
                    continue;
                }
                if (stale) {
                    queue(u, v);
                } else if (tryCollapse(u, v)) {
                    progress = true;
                }
            }
        }
    }

    private void seed() {
        heap.clear();
        for (int t = 0; t < deadTriangle.length; t++) {
            if (deadTriangle[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int a = tris[3 * t + k];
                int b = tris[3 * t + (k + 1) % 3];
                if (a < b) { // each edge is seen once in each direction
                    queue(a, b);
                }
            }
        }
    }

    private void queue(int a, int b) {
        double[] x = placement(a, b, spot);
        heap.push(Quadrics.error(q, 10 * a, 10 * b, x[0], x[1], x[2]), Math.min(a, b), Math.max(a, b),
                stamp[Math.min(a, b)], stamp[Math.max(a, b)]);
    }

    /** Where the merged vertex of edge (a, b) goes, written into {@code out}. */
    private double[] placement(int a, int b, double[] out) {
        double mx = (p[3 * a] + p[3 * b]) / 2;
        double my = (p[3 * a + 1] + p[3 * b + 1]) / 2;
        double mz = (p[3 * a + 2] + p[3 * b + 2]) / 2;
        if (Quadrics.optimum(q, 10 * a, 10 * b, out)) {
            double dx = out[0] - mx;
            double dy = out[1] - my;
            double dz = out[2] - mz;
            if (dx * dx + dy * dy + dz * dz <= dist2(a, b)) { // stay near the edge: far optima come from flat spots
                return out;
            }
        }
        out[0] = mx;
        out[1] = my;
        out[2] = mz;
        double best = Quadrics.error(q, 10 * a, 10 * b, mx, my, mz);
        for (int v : new int[] {a, b}) {
            double e = Quadrics.error(q, 10 * a, 10 * b, p[3 * v], p[3 * v + 1], p[3 * v + 2]);
            if (e < best) {
                best = e;
                out[0] = p[3 * v];
                out[1] = p[3 * v + 1];
                out[2] = p[3 * v + 2];
            }
        }
        return out;
    }

    private double dist2(int a, int b) {
        double dx = p[3 * a] - p[3 * b];
        double dy = p[3 * a + 1] - p[3 * b + 1];
        double dz = p[3 * a + 2] - p[3 * b + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    private void compact(int v) {
        int n = 0;
        for (int i = 0; i < vtCount[v]; i++) {
            if (!deadTriangle[vt[v][i]]) {
                vt[v][n++] = vt[v][i];
            }
        }
        vtCount[v] = n;
    }

    private boolean tryCollapse(int u, int v) {
        compact(u);
        compact(v);
        int shared = 0;
        int[] sharedT = this.sharedT;
        for (int i = 0; i < vtCount[u]; i++) {
            int t = vt[u][i];
            if (has(t, v)) {
                if (shared == 2) {
                    return false;
                }
                sharedT[shared++] = t;
            }
        }
        if (shared != 2 || vtCount[u] + vtCount[v] - 4 < 3) {
            return false;
        }
        int w1 = third(sharedT[0], u, v);
        int w2 = third(sharedT[1], u, v);
        compact(w1);
        compact(w2);
        if (w1 == w2 || vtCount[w1] < 4 || vtCount[w2] < 4 || !linkCondition(u, v, w1, w2)) {
            return false;
        }
        double[] x = placement(u, v, target);
        if (flips(u, v, x) || flips(v, u, x)) {
            return false;
        }
        for (int t : sharedT) {
            deadTriangle[t] = true;
            alive--;
        }
        stamp[u]++; // u's old edges are re-costed when they surface
        int fromV = vtCount[u];
        for (int i = 0; i < vtCount[v]; i++) {
            int t = vt[v][i];
            if (deadTriangle[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                if (tris[3 * t + k] == v) {
                    tris[3 * t + k] = u;
                }
            }
            if (vtCount[u] == vt[u].length) {
                vt[u] = Arrays.copyOf(vt[u], vt[u].length * 2);
            }
            vt[u][vtCount[u]++] = t;
        }
        deadVertex[v] = true;
        vtCount[v] = 0;
        p[3 * u] = x[0];
        p[3 * u + 1] = x[1];
        p[3 * u + 2] = x[2];
        for (int k = 0; k < 10; k++) {
            q[10 * u + k] += q[10 * v + k];
        }
        // v's former edges are new to u (the link condition leaves w1 and w2 as the only common ones).
        for (int i = fromV; i < vtCount[u]; i++) {
            int t = vt[u][i];
            for (int k = 0; k < 3; k++) {
                int w = tris[3 * t + k];
                if (w != u && w != w1 && w != w2 && tris[3 * t + (k + 2) % 3] == u) {
                    queue(u, w);
                }
            }
        }
        return true;
    }

    private boolean has(int t, int v) {
        return tris[3 * t] == v || tris[3 * t + 1] == v || tris[3 * t + 2] == v;
    }

    private int third(int t, int a, int b) {
        for (int k = 0; k < 3; k++) {
            int w = tris[3 * t + k];
            if (w != a && w != b) {
                return w;
            }
        }
        throw new IllegalStateException("degenerate triangle " + t);
    }

    /** True when u and v have no common neighbour other than w1 and w2. */
    private boolean linkCondition(int u, int v, int w1, int w2) {
        for (int i = 0; i < vtCount[u]; i++) {
            int t = vt[u][i];
            for (int k = 0; k < 3; k++) {
                int w = tris[3 * t + k];
                if (w != u && w != v && w != w1 && w != w2 && adjacent(v, w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean adjacent(int v, int w) {
        for (int i = 0; i < vtCount[v]; i++) {
            if (has(vt[v][i], w)) {
                return true;
            }
        }
        return false;
    }

    /** True when moving {@code moved} to {@code x} would flip or flatten a triangle not shared with {@code other}. */
    private boolean flips(int moved, int other, double[] x) {
        for (int i = 0; i < vtCount[moved]; i++) {
            int t = vt[moved][i];
            if (has(t, other)) {
                continue;
            }
            // Rotate the corners so that the moved vertex comes first.
            int k = tris[3 * t] == moved ? 0 : tris[3 * t + 1] == moved ? 1 : 2;
            int b = 3 * tris[3 * t + (k + 1) % 3];
            int c = 3 * tris[3 * t + (k + 2) % 3];
            int a = 3 * moved;
            double bx = p[b] - p[c];
            double by = p[b + 1] - p[c + 1];
            double bz = p[b + 2] - p[c + 2];
            // Normal before: (a - c) x (b - c); after: (x - c) x (b - c).
            double ax = p[a] - p[c];
            double ay = p[a + 1] - p[c + 1];
            double az = p[a + 2] - p[c + 2];
            double n0x = ay * bz - az * by;
            double n0y = az * bx - ax * bz;
            double n0z = ax * by - ay * bx;
            ax = x[0] - p[c];
            ay = x[1] - p[c + 1];
            az = x[2] - p[c + 2];
            double n1x = ay * bz - az * by;
            double n1y = az * bx - ax * bz;
            double n1z = ax * by - ay * bx;
            double l0 = Math.sqrt(n0x * n0x + n0y * n0y + n0z * n0z);
            double l1 = Math.sqrt(n1x * n1x + n1y * n1y + n1z * n1z);
            if (l1 <= 1e-12 * l0 || n0x * n1x + n0y * n1y + n0z * n1z < MIN_NORMAL_COSINE * l0 * l1) {
                return true;
            }
        }
        return false;
    }

    private Mesh result() {
        int n = deadVertex.length;
        int[] remap = new int[n];
        Arrays.fill(remap, -1);
        int[] out = new int[3 * alive];
        int o = 0;
        int next = 0;
        for (int t = 0; t < deadTriangle.length; t++) {
            if (deadTriangle[t]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int v = tris[3 * t + k];
                if (remap[v] < 0) {
                    remap[v] = next++;
                }
                out[o++] = remap[v];
            }
        }
        double[] pos = new double[3 * next];
        for (int v = 0; v < n; v++) {
            if (remap[v] >= 0) {
                System.arraycopy(p, 3 * v, pos, 3 * remap[v], 3);
            }
        }
        return new Mesh(pos, out);
    }
}
