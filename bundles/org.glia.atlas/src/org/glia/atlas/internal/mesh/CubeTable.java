package org.glia.atlas.internal.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The marching-cubes case table, derived at class load from one rule per cube face, so that two cubes
 * sharing a face always cut it the same way and the surface is closed.
 * <p>
 * Corner {@code c} sits at offset ({@code c&1}, {@code c>>1&1}, {@code c>>2&1}); edge {@code 4*axis+m}
 * runs along {@code axis} from the corner whose other two bits are {@code m} (bits in axis order).
 * Derivation, per case (the 8-bit inside mask):
 * <ol>
 * <li>each face gets contour segments between the midpoints of its crossed edges; a face with two
 * diagonal inside corners (the ambiguous face) cuts off each inside corner separately;</li>
 * <li>each segment is directed so that, seen from outside the face, the inside lies on a fixed side;
 * the neighbour cube sees the face from the other side and runs the segment the other way, which makes
 * the orientation consistent;</li>
 * <li>segments are chained into closed polygons (each crossed edge has one segment in and one out);</li>
 * <li>each polygon is fanned from a corner whose diagonals never join two points of one face (a
 * diagonal on a face could be repeated by the neighbour cube, giving an edge with four triangles);
 * when no such corner exists, the polygon is fanned around its centroid instead.</li>
 * </ol>
 * The winding is flipped once so that triangles face away from the inside (checked on case 1).
 */
public final class CubeTable {

    /** Marker in {@link #triangles(int)}: the centroid of polygon {@code -1 - marker}. */
    public static final int CENTROID_BASE = -1;

    private static final int[][] EDGE_CORNERS = new int[12][];
    private static final int[] EDGE_FACES = new int[12];
    private static final int[][][] CASE_POLYGONS = new int[256][][];
    private static final int[][] CASE_TRIANGLES = new int[256][];

    static {
        for (int axis = 0; axis < 3; axis++) {
            int u = (axis + 1) % 3;
            int v = (axis + 2) % 3;
            int lo = Math.min(u, v);
            int hi = Math.max(u, v);
            for (int m = 0; m < 4; m++) {
                int c = (m & 1) << lo | (m >> 1 & 1) << hi;
                EDGE_CORNERS[4 * axis + m] = new int[] {c, c | 1 << axis};
                EDGE_FACES[4 * axis + m] = 1 << face(lo, m & 1) | 1 << face(hi, m >> 1 & 1);
            }
        }
        for (int mask = 0; mask < 256; mask++) {
            derive(mask);
        }
        boolean flip = !facesAway(1);
        for (int mask = 0; mask < 256; mask++) {
            if (flip) {
                for (int[] p : CASE_POLYGONS[mask]) {
                    reverse(p);
                }
            }
            CASE_TRIANGLES[mask] = triangulate(CASE_POLYGONS[mask]);
        }
    }

    private CubeTable() {
    }

    /** The two corners of an edge. */
    public static int[] edgeCorners(int edge) {
        return EDGE_CORNERS[edge].clone();
    }

    /** The axis an edge runs along. */
    public static int edgeAxis(int edge) {
        return edge >> 2;
    }

    /** The corner an edge starts from (its lower end). */
    public static int edgeBase(int edge) {
        return EDGE_CORNERS[edge][0];
    }

    /** The polygons of a case, as edge lists (internal arrays: do not modify). */
    public static int[][] polygons(int mask) {
        return CASE_POLYGONS[mask];
    }

    /**
     * The triangles of a case, three entries each: an edge 0..11, or a centroid marker
     * {@code -1 - polygon} (internal array: do not modify).
     */
    public static int[] triangles(int mask) {
        return CASE_TRIANGLES[mask];
    }

    private static int face(int axis, int side) {
        return 2 * axis + side;
    }

    private static int bit(int corner, int axis) {
        return corner >> axis & 1;
    }

    private static void derive(int mask) {
        List<int[]> segments = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            int u = Math.min((axis + 1) % 3, (axis + 2) % 3);
            int v = Math.max((axis + 1) % 3, (axis + 2) % 3);
            for (int side = 0; side < 2; side++) {
                int base = side << axis;
                int[] q = {base, base | 1 << u, base | 1 << u | 1 << v, base | 1 << v};
                faceSegments(mask, q, axis, side, segments);
            }
        }
        int[] next = new int[12];
        Arrays.fill(next, -1);
        for (int[] s : segments) {
            if (next[s[0]] != -1) {
                throw new IllegalStateException("case " + mask + ": edge " + s[0] + " starts two segments");
            }
            next[s[0]] = s[1];
        }
        List<int[]> polys = new ArrayList<>();
        boolean[] used = new boolean[12];
        for (int start = 0; start < 12; start++) {
            if (next[start] < 0 || used[start]) {
                continue;
            }
            List<Integer> p = new ArrayList<>();
            for (int e = start; !used[e]; e = next[e]) {
                if (next[e] < 0) {
                    throw new IllegalStateException("case " + mask + ": open contour at edge " + e);
                }
                used[e] = true;
                p.add(e);
            }
            polys.add(p.stream().mapToInt(Integer::intValue).toArray());
        }
        CASE_POLYGONS[mask] = polys.toArray(new int[0][]);
    }

    private static boolean in(int mask, int corner) {
        return (mask >> corner & 1) != 0;
    }

    private static void faceSegments(int mask, int[] q, int axis, int side, List<int[]> out) {
        int[] edges = new int[4];
        for (int k = 0; k < 4; k++) {
            edges[k] = edgeBetween(q[k], q[(k + 1) % 4]);
        }
        List<Integer> crossed = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            if (in(mask, q[k]) != in(mask, q[(k + 1) % 4])) {
                crossed.add(k);
            }
        }
        if (crossed.size() == 2) {
            int k1 = crossed.get(0);
            int k2 = crossed.get(1);
            int ref;
            boolean refInside;
            if (k2 == k1 + 1 || k1 == 0 && k2 == 3) {
                ref = k2 == k1 + 1 ? q[k2] : q[0]; // the corner the segment cuts off
                refInside = in(mask, ref);
            } else {
                ref = in(mask, q[k1]) ? q[k1] : q[(k1 + 1) % 4];
                refInside = true;
            }
            out.add(directed(edges[k1], edges[k2], ref, refInside, axis, side));
        } else if (crossed.size() == 4) {
            for (int k = 0; k < 4; k++) {
                if (in(mask, q[k])) {
                    out.add(directed(edges[(k + 3) % 4], edges[k], q[k], true, axis, side));
                }
            }
        }
    }

    /** Directs a segment so that the inside lies to the left of it seen along the face's outward normal. */
    private static int[] directed(int ea, int eb, int ref, boolean refInside, int axis, int side) {
        double[] pa = midpoint(ea);
        double[] pb = midpoint(eb);
        double[] n = new double[3];
        n[axis] = side == 1 ? 1 : -1;
        double[] d = {pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]};
        double[] c = {d[1] * n[2] - d[2] * n[1], d[2] * n[0] - d[0] * n[2], d[0] * n[1] - d[1] * n[0]};
        double dot = 0;
        for (int i = 0; i < 3; i++) {
            dot += c[i] * (bit(ref, i) - pa[i]);
        }
        if (!refInside) {
            dot = -dot;
        }
        return dot > 0 ? new int[] {ea, eb} : new int[] {eb, ea};
    }

    private static int edgeBetween(int a, int b) {
        for (int e = 0; e < 12; e++) {
            int[] c = EDGE_CORNERS[e];
            if (c[0] == a && c[1] == b || c[0] == b && c[1] == a) {
                return e;
            }
        }
        throw new IllegalStateException("corners " + a + " and " + b + " share no edge");
    }

    /** The midpoint of an edge in cube coordinates. */
    public static double[] midpoint(int edge) {
        int[] c = EDGE_CORNERS[edge];
        return new double[] {(bit(c[0], 0) + bit(c[1], 0)) / 2.0, (bit(c[0], 1) + bit(c[1], 1)) / 2.0,
            (bit(c[0], 2) + bit(c[1], 2)) / 2.0};
    }

    private static boolean facesAway(int mask) {
        int[] p = CASE_POLYGONS[mask][0];
        double[] a = midpoint(p[0]);
        double[] b = midpoint(p[1]);
        double[] c = midpoint(p[2]);
        double[] n = {
            (b[1] - a[1]) * (c[2] - a[2]) - (b[2] - a[2]) * (c[1] - a[1]),
            (b[2] - a[2]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[2] - a[2]),
            (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])};
        return n[0] + n[1] + n[2] > 0; // case 1: only corner 0 inside; away is towards (1, 1, 1)
    }

    private static void reverse(int[] p) {
        for (int i = 0, j = p.length - 1; i < j; i++, j--) {
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    private static int[] triangulate(int[][] polys) {
        List<Integer> tris = new ArrayList<>();
        for (int pi = 0; pi < polys.length; pi++) {
            int[] p = polys[pi];
            int n = p.length;
            int start = fanStart(p);
            if (start >= 0) {
                for (int t = 1; t + 1 < n; t++) {
                    tris.addAll(List.of(p[start], p[(start + t) % n], p[(start + t + 1) % n]));
                }
            } else {
                for (int t = 0; t < n; t++) {
                    tris.addAll(List.of(CENTROID_BASE - pi, p[t], p[(t + 1) % n]));
                }
            }
        }
        return tris.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int fanStart(int[] p) {
        int n = p.length;
        for (int k = 0; k < n; k++) {
            boolean ok = true;
            for (int j = 2; j < n - 1 && ok; j++) {
                ok = (EDGE_FACES[p[k]] & EDGE_FACES[p[(k + j) % n]]) == 0;
            }
            if (ok) {
                return k;
            }
        }
        return -1;
    }
}
