package org.glia.atlas.internal.mesh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.glia.atlas.RegionMesh;

/**
 * Cuts a labelled surface into one mesh per label: a triangle goes to a region only when all three of
 * its vertices carry the region's label; triangles spanning two labels are dropped, which leaves a
 * hairline gap along region borders but never assigns area to the wrong region. Normals are computed on
 * the whole surface first, so shading stays continuous across borders.
 */
public final class SurfaceSplitter {

    private SurfaceSplitter() {
    }

    /** One mesh per wanted label (in the given order), leaving out labels that keep no triangle. */
    public static List<RegionMesh> split(float[] positions, int[] triangles, int[] labels, int[] wanted) {
        double[] p = new double[positions.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = positions[i];
        }
        float[] normals = MeshFinisher.normals(p, triangles);
        List<RegionMesh> out = new ArrayList<>();
        int[] remap = new int[labels.length];
        for (int label : wanted) {
            Arrays.fill(remap, -1);
            IntList tris = new IntList(1024);
            int nv = 0;
            for (int t = 0; t < triangles.length; t += 3) {
                int a = triangles[t];
                int b = triangles[t + 1];
                int c = triangles[t + 2];
                if (labels[a] != label || labels[b] != label || labels[c] != label) {
                    continue;
                }
                for (int v : new int[] {a, b, c}) {
                    if (remap[v] < 0) {
                        remap[v] = nv++;
                    }
                }
                tris.add3(remap[a], remap[b], remap[c]);
            }
            if (tris.size() == 0) {
                continue;
            }
            float[] pos = new float[3 * nv];
            float[] nor = new float[3 * nv];
            for (int v = 0; v < labels.length; v++) {
                if (remap[v] >= 0) {
                    System.arraycopy(positions, 3 * v, pos, 3 * remap[v], 3);
                    System.arraycopy(normals, 3 * v, nor, 3 * remap[v], 3);
                }
            }
            out.add(new RegionMesh(label, pos, nor, tris.toArray()));
        }
        return out;
    }
}
