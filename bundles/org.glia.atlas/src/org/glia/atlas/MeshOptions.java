package org.glia.atlas;

import java.nio.file.Path;
import java.util.Locale;

import org.glia.atlas.internal.nifti.Affines;

/**
 * How atlas surfaces are built: the triangle budget for the whole atlas, Taubin smoothing, the sampling
 * step, where meshes are cached and how many threads work.
 *
 * @param triangleBudget      most triangles for the whole atlas, shared among regions in proportion to
 *                            their raw size
 * @param smoothingIterations Taubin iterations (each a lambda and a mu pass); 0 turns smoothing off
 * @param lambda              Taubin's shrinking factor (0 < lambda < 1)
 * @param mu                  Taubin's inflating factor (mu < -lambda)
 * @param step                sampling step in voxels: 1 meshes every voxel, 2 blocks of 2x2x2 (a block is
 *                            inside when half its voxels are; regions too thin for the blocks fall back to
 *                            1), up to 4; {@link #AUTO_STEP} picks the step that samples nearest to 2 mm
 * @param cacheFolder         where meshes are cached, or {@code null} for no cache
 * @param threads             worker threads (at least 1); the result does not depend on it
 */
public record MeshOptions(int triangleBudget, int smoothingIterations, double lambda, double mu, int step,
        Path cacheFolder, int threads) {

    /** Step value asking for samples about {@link #AUTO_SPACING_MM} apart (step 2 on a 1 mm atlas). */
    public static final int AUTO_STEP = 0;

    /** Sample spacing aimed at by {@link #AUTO_STEP}: fine enough for gyri, coarse enough to be quick. */
    public static final double AUTO_SPACING_MM = 2.0;

    /** Default budget: software GL stays interactive below about 300k triangles. */
    public static final int DEFAULT_BUDGET = 300_000;

    /** Checks the values. */
    public MeshOptions {
        if (triangleBudget < 4) {
            throw new IllegalArgumentException("triangle budget too small: " + triangleBudget);
        }
        if (smoothingIterations < 0 || !(lambda > 0 && lambda < 1) || !(mu < -lambda) || mu < -1) {
            throw new IllegalArgumentException("bad Taubin parameters");
        }
        if (step < AUTO_STEP || step > 4) {
            throw new IllegalArgumentException("step must be 0 (auto) or 1..4: " + step);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /**
     * The defaults: 300k triangles, 10 Taubin iterations (lambda 0.5, mu -0.53), automatic step, the
     * default cache folder, one thread per processor.
     */
    public static MeshOptions defaults() {
        return new MeshOptions(DEFAULT_BUDGET, 10, 0.5, -0.53, AUTO_STEP, defaultCacheFolder(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The cache folder: the system property {@code glia.mesh.cache} when set, else
     * {@code $XDG_CACHE_HOME/glia/meshes}, else {@code ~/.cache/glia/meshes}.
     */
    public static Path defaultCacheFolder() {
        String prop = System.getProperty("glia.mesh.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "glia", "meshes");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "glia", "meshes");
    }

    /** These options with another budget. */
    public MeshOptions withBudget(int budget) {
        return new MeshOptions(budget, smoothingIterations, lambda, mu, step, cacheFolder, threads);
    }

    /** These options with another smoothing. */
    public MeshOptions withSmoothing(int iterations, double newLambda, double newMu) {
        return new MeshOptions(triangleBudget, iterations, newLambda, newMu, step, cacheFolder, threads);
    }

    /** These options with another sampling step. */
    public MeshOptions withStep(int newStep) {
        return new MeshOptions(triangleBudget, smoothingIterations, lambda, mu, newStep, cacheFolder, threads);
    }

    /**
     * The step used for a volume with this voxel-to-world matrix: {@link #step()} itself, or for
     * {@link #AUTO_STEP} the whole number of voxels nearest to {@link #AUTO_SPACING_MM} (1..4), the voxel
     * size being the cube root of the voxel volume.
     */
    public int stepFor(double[] affine) {
        if (step != AUTO_STEP) {
            return step;
        }
        double voxel = Math.cbrt(Math.abs(Affines.determinant(affine)));
        if (!(voxel > 0) || !Double.isFinite(voxel)) {
            return 1;
        }
        return (int) Math.max(1, Math.min(4, Math.round(AUTO_SPACING_MM / voxel)));
    }

    /** These options with another cache folder ({@code null}: no cache). */
    public MeshOptions withCacheFolder(Path folder) {
        return new MeshOptions(triangleBudget, smoothingIterations, lambda, mu, step, folder, threads);
    }

    /** These options with another thread count. */
    public MeshOptions withThreads(int n) {
        return new MeshOptions(triangleBudget, smoothingIterations, lambda, mu, step, cacheFolder, n);
    }

    /** The parameters that shape the meshes (not the cache folder or threads), for cache keys. */
    public String shapeKey() {
        return String.format(Locale.ROOT, "budget=%d;iterations=%d;lambda=%s;mu=%s;step=%d", triangleBudget,
                smoothingIterations, Double.toString(lambda), Double.toString(mu), step);
    }
}
