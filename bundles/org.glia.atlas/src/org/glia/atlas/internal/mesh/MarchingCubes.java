package org.glia.atlas.internal.mesh;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Extracts the boundary surface of a binary mask with {@link CubeTable}: vertices at the midpoints of
 * crossed grid edges (shared between cubes, one vertex per edge), so the result is an indexed, closed,
 * outward-facing mesh in mask grid coordinates. The mask must be {@code false} all around its border.
 */
public final class MarchingCubes {

    private final byte[] mask;
    private final int mx;
    private final int my;
    private final int mz;

    /**
     * A mesher for a mask of {@code mx * my * mz} points, point (x, y, z) at {@code x + mx * (y + my * z)},
     * non-zero meaning inside.
     */
    public MarchingCubes(byte[] mask, int mx, int my, int mz) {
        if ((long) mx * my * mz != mask.length) {
            throw new IllegalArgumentException("mask size does not match " + mx + "x" + my + "x" + mz);
        }
        this.mask = mask;
        this.mx = mx;
        this.my = my;
        this.mz = mz;
    }

    /** Runs the extraction; {@code cancelled} is polled once per slab. */
    public Mesh extract(BooleanSupplier cancelled) {
        DoubleList xyz = new DoubleList(1024);
        IntList tris = new IntList(2048);
        int plane = mx * my;
        // Vertex ids of the x/y edges on the slab's lower and upper planes, and of its z edges.
        int[] lower = new int[2 * plane];
        int[] upper = new int[2 * plane];
        int[] vertical = new int[plane];
        Arrays.fill(lower, -1);
        int[] cubeEdges = new int[12];
        int[] centroids = new int[8];
        for (int z = 0; z + 1 < mz; z++) {
            if (cancelled.getAsBoolean()) {
                throw new OperationCanceledException();
            }
            Arrays.fill(upper, -1);
            Arrays.fill(vertical, -1);
            for (int y = 0; y + 1 < my; y++) {
                int row = plane * z + mx * y;
                for (int x = 0; x + 1 < mx; x++) {
                    int p = row + x;
                    int caseMask = bit(p, 0) | bit(p + 1, 1) | bit(p + mx, 2) | bit(p + mx + 1, 3)
                            | bit(p + plane, 4) | bit(p + plane + 1, 5) | bit(p + plane + mx, 6)
                            | bit(p + plane + mx + 1, 7);
                    if (caseMask == 0 || caseMask == 255) {
                        continue;
                    }
                    int[][] polys = CubeTable.polygons(caseMask);
                    for (int[] poly : polys) {
                        for (int e : poly) {
                            cubeEdges[e] = vertex(e, x, y, z, lower, upper, vertical, xyz);
                        }
                    }
                    int[] t = CubeTable.triangles(caseMask);
                    Arrays.fill(centroids, -1);
                    for (int i = 0; i < t.length; i += 3) {
                        tris.add3(resolve(t[i], cubeEdges, centroids, polys, xyz),
                                resolve(t[i + 1], cubeEdges, centroids, polys, xyz),
                                resolve(t[i + 2], cubeEdges, centroids, polys, xyz));
                    }
                }
            }
            int[] swap = lower;
            lower = upper;
            upper = swap;
        }
        return new Mesh(xyz.toArray(), tris.toArray());
    }

    private int bit(int p, int corner) {
        return mask[p] != 0 ? 1 << corner : 0;
    }

    private int vertex(int edge, int x, int y, int z, int[] lower, int[] upper, int[] vertical, DoubleList xyz) {
        int base = CubeTable.edgeBase(edge);
        int axis = CubeTable.edgeAxis(edge);
        int bx = x + (base & 1);
        int by = y + (base >> 1 & 1);
        int[] slot;
        int at;
        if (axis == 2) {
            slot = vertical;
            at = bx + mx * by;
        } else {
            slot = (base >> 2 & 1) == 0 ? lower : upper;
            at = 2 * (bx + mx * by) + axis;
        }
        int id = slot[at];
        if (id < 0) {
            id = xyz.size() / 3;
            int bz = z + (base >> 2 & 1);
            xyz.add3(bx + (axis == 0 ? 0.5 : 0), by + (axis == 1 ? 0.5 : 0), bz + (axis == 2 ? 0.5 : 0));
            slot[at] = id;
        }
        return id;
    }

    private static int resolve(int token, int[] cubeEdges, int[] centroids, int[][] polys, DoubleList xyz) {
        if (token >= 0) {
            return cubeEdges[token];
        }
        int poly = CubeTable.CENTROID_BASE - token;
        if (centroids[poly] < 0) {
            double[] all = xyz.toArrayView();
            double sx = 0;
            double sy = 0;
            double sz = 0;
            for (int e : polys[poly]) {
                int v = 3 * cubeEdges[e];
                sx += all[v];
                sy += all[v + 1];
                sz += all[v + 2];
            }
            int n = polys[poly].length;
            centroids[poly] = xyz.size() / 3;
            xyz.add3(sx / n, sy / n, sz / n);
        }
        return centroids[poly];
    }
}
