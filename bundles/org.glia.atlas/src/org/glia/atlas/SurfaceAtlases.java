package org.glia.atlas;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.internal.mesh.SurfaceSplitter;
import org.glia.core.io.DataException;

/**
 * Surface atlases: GIfTI surfaces (e.g. left then right hemisphere) plus one label per vertex (the
 * label file lists the vertices of the first surface, then of the second, ...), cut into one mesh per
 * region as {@link SurfaceSplitter} describes. The region's centroid is the mean of its vertices.
 */
public final class SurfaceAtlases {

    private SurfaceAtlases() {
    }

    /**
     * The meshes of the table's regions (label value = region index), in table order; regions with no
     * whole triangle are left out.
     *
     * @param table the regions; {@code null} means every non-zero label found, named {@code label N}
     * @throws DataException when a file is refused or the label count differs from the vertex count
     */
    public static AtlasMeshes load(List<Path> surfaces, Path vertexLabels, LabelTable table, IProgressMonitor monitor)
            throws DataException {
        SubMonitor sub = SubMonitor.convert(monitor, "Loading surface atlas", surfaces.size() + 2);
        int[] labels = VertexLabels.read(vertexLabels);
        sub.worked(1);
        float[] positions = new float[0];
        int[] triangles = new int[0];
        for (Path s : surfaces) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            GiftiSurface g = GiftiReader.read(s);
            int offset = positions.length / 3;
            float[] p = Arrays.copyOf(positions, positions.length + g.positions().length);
            System.arraycopy(g.positions(), 0, p, positions.length, g.positions().length);
            int[] t = Arrays.copyOf(triangles, triangles.length + g.triangles().length);
            for (int i = 0; i < g.triangles().length; i++) {
                t[triangles.length + i] = g.triangles()[i] + offset;
            }
            positions = p;
            triangles = t;
            sub.worked(1);
        }
        int vertices = positions.length / 3;
        if (labels.length != vertices) {
            throw new DataException(vertexLabels, labels.length + " labels for " + vertices
                    + " vertices (the surfaces " + surfaces + " together)");
        }
        LabelTable regions = table != null ? table : foundLabels(labels);
        List<RegionMesh> meshes = SurfaceSplitter.split(positions, triangles, labels,
                regions.filter(r -> r.index() != 0).indices());
        Map<Integer, double[]> centroids = new LinkedHashMap<>();
        for (RegionMesh m : meshes) {
            centroids.put(m.index(), m.vertexMean());
        }
        sub.done();
        return new AtlasMeshes(meshes, centroids);
    }

    private static LabelTable foundLabels(int[] labels) {
        TreeSet<Integer> found = new TreeSet<>();
        for (int l : labels) {
            if (l > 0) {
                found.add(l);
            }
        }
        return LabelTable.of(found.stream().map(l -> new Region(l, "label " + l, "", Region.NO_COLOUR)).toList());
    }
}
