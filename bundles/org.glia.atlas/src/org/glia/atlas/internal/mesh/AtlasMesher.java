package org.glia.atlas.internal.mesh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.RegionMesh;

/**
 * Builds the surfaces of every region of a label volume: bounding boxes in one scan, then per region
 * (in parallel) marching cubes and smoothing, then the triangle budget shared in proportion to the raw
 * counts, then per region decimation, world transform and normals. Label 0 (background) is never meshed.
 */
public final class AtlasMesher {

    private AtlasMesher() {
    }

    /** The meshes of the table's regions present in the volume. */
    public static AtlasMeshes build(NiftiVolume volume, LabelTable table, MeshOptions options,
            IProgressMonitor monitor) {
        IProgressMonitor root = monitor == null ? new NullProgressMonitor() : monitor;
        BooleanSupplier cancelled = root::isCanceled;
        SubMonitor sub = SubMonitor.convert(root, "Building region surfaces", 100);
        LabelTable regions = table.filter(r -> r.index() != 0);
        LabelBoxes boxes = LabelBoxes.scan(volume, regions);
        sub.worked(5);
        // Biggest boxes first keeps both threads busy to the end; results are stored by row anyway.
        int[] order = IntStream.range(0, regions.size()).filter(r -> boxes.count(r) > 0).boxed()
                .sorted(Comparator.comparingLong((Integer r) -> -boxes.count(r)).thenComparingInt(r -> r))
                .mapToInt(Integer::intValue).toArray();
        int step = options.stepFor(volume.affine());
        List<Mesh> raw = ParallelRows.run(regions.size(), order, row -> extract(volume, regions, boxes, row,
                options, step, cancelled), options.threads(), sub.split(65), cancelled);
        int[] counts = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            counts[i] = raw.get(order[i]).triangleCount();
        }
        int[] targets = TriangleBudget.share(counts, options.triangleBudget());
        int[] targetByRow = new int[regions.size()];
        for (int i = 0; i < order.length; i++) {
            targetByRow[order[i]] = targets[i];
        }
        double[] affine = volume.affine();
        List<RegionMesh> done = ParallelRows.run(regions.size(), order, row -> MeshFinisher.finish(
                regions.get(row).index(), QuadricDecimator.decimate(raw.get(row), targetByRow[row], cancelled),
                affine), options.threads(), sub.split(30), cancelled);
        List<RegionMesh> meshes = new ArrayList<>();
        for (RegionMesh m : done) {
            if (m != null && m.triangleCount() > 0) {
                meshes.add(m);
            }
        }
        Map<Integer, double[]> centroids = boxes.centroids(volume, regions);
        return new AtlasMeshes(meshes, centroids);
    }

    private static Mesh extract(NiftiVolume volume, LabelTable regions, LabelBoxes boxes, int row,
            MeshOptions o, int step, BooleanSupplier cancelled) {
        int label = regions.get(row).index();
        Mesh m = RegionExtractor.extract(volume, label, boxes.min(row), boxes.max(row), step,
                o.smoothingIterations(), o.lambda(), o.mu(), cancelled);
        if (m.triangleCount() == 0 && step > 1) {
            // Too thin for the coarse grid: mesh it at full resolution rather than lose it.
            m = RegionExtractor.extract(volume, label, boxes.min(row), boxes.max(row), 1, o.smoothingIterations(),
                    o.lambda(), o.mu(), cancelled);
        }
        return m;
    }
}
