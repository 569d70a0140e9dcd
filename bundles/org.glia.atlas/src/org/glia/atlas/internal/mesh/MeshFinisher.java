package org.glia.atlas.internal.mesh;

import org.glia.atlas.RegionMesh;
import org.glia.atlas.internal.nifti.Affines;

/**
 * Turns a working mesh in voxel coordinates into a {@link RegionMesh} in world coordinates: applies the
 * voxel-to-world matrix, reverses the winding when that matrix mirrors (so triangles keep facing out),
 * and computes area-weighted unit vertex normals.
 */
public final class MeshFinisher {

    private MeshFinisher() {
    }

    /** The world-space region mesh. */
    public static RegionMesh finish(int index, Mesh mesh, double[] affine) {
        double[] p = mesh.positions();
        int n = mesh.vertexCount();
        double[] world = new double[p.length];
        for (int v = 0; v < n; v++) {
            double[] w = Affines.apply(affine, p[3 * v], p[3 * v + 1], p[3 * v + 2]);
            System.arraycopy(w, 0, world, 3 * v, 3);
        }
        int[] tris = mesh.triangles().clone();
        if (Affines.determinant(affine) < 0) {
            for (int t = 0; t < tris.length; t += 3) {
                int s = tris[t + 1];
                tris[t + 1] = tris[t + 2];
                tris[t + 2] = s;
            }
        }
        float[] normals = normals(world, tris);
        float[] pos = new float[world.length];
        for (int i = 0; i < world.length; i++) {
            pos[i] = (float) world[i];
        }
        return new RegionMesh(index, pos, normals, tris);
    }

    /** Area-weighted vertex normals of a mesh, unit length ((0, 0, 1) where undefined). */
    public static float[] normals(double[] p, int[] tris) {
        double[] acc = new double[p.length];
        for (int t = 0; t < tris.length; t += 3) {
            int a = 3 * tris[t];
            int b = 3 * tris[t + 1];
            int c = 3 * tris[t + 2];
            double ux = p[b] - p[a];
            double uy = p[b + 1] - p[a + 1];
            double uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a];
            double vy = p[c + 1] - p[a + 1];
            double vz = p[c + 2] - p[a + 2];
            double nx = uy * vz - uz * vy;
            double ny = uz * vx - ux * vz;
            double nz = ux * vy - uy * vx;
            for (int o : new int[] {a, b, c}) {
                acc[o] += nx;
                acc[o + 1] += ny;
                acc[o + 2] += nz;
            }
        }
        float[] out = new float[p.length];
        for (int v = 0; v < p.length; v += 3) {
            double len = Math.sqrt(acc[v] * acc[v] + acc[v + 1] * acc[v + 1] + acc[v + 2] * acc[v + 2]);
            if (len > 0) {
                out[v] = (float) (acc[v] / len);
                out[v + 1] = (float) (acc[v + 1] / len);
                out[v + 2] = (float) (acc[v + 2] / len);
            } else {
                out[v + 2] = 1;
            }
        }
        return out;
    }
}
