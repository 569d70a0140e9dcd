package org.glia.atlas.internal.mesh;

import java.util.function.BooleanSupplier;

import org.glia.atlas.NiftiVolume;

/**
 * Builds the raw surface of one label: a binary mask over the label's bounding box padded by one sample
 * (so labels touching the volume border still close), optionally on a coarser grid of {@code step}-voxel
 * blocks (a block is inside when at least half its voxels carry the label), then marching cubes, then
 * Taubin smoothing. Positions are in voxel coordinates.
 */
public final class RegionExtractor {

    private RegionExtractor() {
    }

    /**
     * The smoothed surface of {@code label} within the inclusive voxel box [lo, hi], or an empty mesh
     * when no sample is inside at this step.
     */
    public static Mesh extract(NiftiVolume volume, int label, int[] lo, int[] hi, int step, int iterations,
            double lambda, double mu, BooleanSupplier cancelled) {
        int[] blo = new int[3];
        int[] dims = new int[3];
        for (int a = 0; a < 3; a++) {
            blo[a] = Math.floorDiv(lo[a], step);
            dims[a] = Math.floorDiv(hi[a], step) - blo[a] + 1 + 2;
        }
        int mx = dims[0];
        int my = dims[1];
        int mz = dims[2];
        byte[] mask = new byte[Math.multiplyExact(Math.multiplyExact(mx, my), mz)];
        int[] labels = volume.labels();
        int nx = volume.nx();
        int ny = volume.ny();
        for (int k = lo[2]; k <= hi[2]; k++) {
            int gz = k / step - blo[2] + 1;
            for (int j = lo[1]; j <= hi[1]; j++) {
                int gy = j / step - blo[1] + 1;
                int row = nx * (j + ny * k);
                for (int i = lo[0]; i <= hi[0]; i++) {
                    if (labels[row + i] == label) {
                        mask[i / step - blo[0] + 1 + mx * (gy + my * gz)]++;
                    }
                }
            }
        }
        if (step > 1) {
            int need = (step * step * step + 1) / 2;
            boolean any = false;
            for (int i = 0; i < mask.length; i++) {
                mask[i] = (byte) ((mask[i] & 0xff) >= need ? 1 : 0);
                any |= mask[i] != 0;
            }
            if (!any) {
                return new Mesh(new double[0], new int[0]);
            }
        }
        Mesh m = new MarchingCubes(mask, mx, my, mz).extract(cancelled);
        double[] p = m.positions();
        double half = (step - 1) / 2.0;
        for (int v = 0; v < p.length; v += 3) {
            p[v] = step * (p[v] - 1 + blo[0]) + half;
            p[v + 1] = step * (p[v + 1] - 1 + blo[1]) + half;
            p[v + 2] = step * (p[v + 2] - 1 + blo[2]) + half;
        }
        TaubinSmoother.smooth(m, iterations, lambda, mu, cancelled);
        return m;
    }
}
