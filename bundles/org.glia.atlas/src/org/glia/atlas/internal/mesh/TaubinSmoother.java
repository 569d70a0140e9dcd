package org.glia.atlas.internal.mesh;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Taubin's lambda/mu smoothing: each iteration moves every vertex towards the mean of its neighbours by
 * {@code lambda} (shrinking), then away by {@code -mu} (inflating back), which removes the voxel staircase
 * without the shrinkage of plain Laplacian smoothing. Uniform weights; topology is untouched.
 */
public final class TaubinSmoother {

    private TaubinSmoother() {
    }

    /** Smooths the positions in place. */
    public static void smooth(Mesh mesh, int iterations, double lambda, double mu, BooleanSupplier cancelled) {
        if (iterations <= 0 || mesh.triangleCount() == 0) {
            return;
        }
        int n = mesh.vertexCount();
        Neighbours nb = Neighbours.of(n, mesh.triangles());
        double[] p = mesh.positions();
        double[] tmp = new double[p.length];
        for (int it = 0; it < iterations; it++) {
            if (cancelled.getAsBoolean()) {
                throw new OperationCanceledException();
            }
            step(p, tmp, nb, n, lambda);
            step(tmp, p, nb, n, mu);
        }
    }

    private static void step(double[] from, double[] to, Neighbours nb, int n, double factor) {
        int[] list = nb.list();
        for (int v = 0; v < n; v++) {
            int s = nb.start(v);
            int e = nb.end(v);
            int o = 3 * v;
            if (e == s) {
                to[o] = from[o];
                to[o + 1] = from[o + 1];
                to[o + 2] = from[o + 2];
                continue;
            }
            double x = 0;
            double y = 0;
            double z = 0;
            for (int i = s; i < e; i++) {
                int q = 3 * list[i];
                x += from[q];
                y += from[q + 1];
                z += from[q + 2];
            }
            int k = e - s;
            to[o] = from[o] + factor * (x / k - from[o]);
            to[o + 1] = from[o + 1] + factor * (y / k - from[o + 1]);
            to[o + 2] = from[o + 2] + factor * (z / k - from[o + 2]);
        }
    }
}
