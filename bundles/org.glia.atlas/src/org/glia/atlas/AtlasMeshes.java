package org.glia.atlas;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region surfaces of an atlas in label-table order (regions absent from the atlas are left out),
 * with each region's world centroid and the bounds of all meshes.
 */
public final class AtlasMeshes {

    private final List<RegionMesh> meshes;
    private final Map<Integer, double[]> centroids;
    private final float[] min = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
    private final float[] max = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};

    /**
     * Meshes and centroids (index to x, y, z); a region without a centroid gets the mean of its vertices.
     */
    public AtlasMeshes(List<RegionMesh> meshes, Map<Integer, double[]> centroids) {
        this.meshes = List.copyOf(meshes);
        Map<Integer, double[]> c = new LinkedHashMap<>();
        for (RegionMesh m : this.meshes) {
            double[] given = centroids.get(m.index());
            c.put(m.index(), given != null ? given.clone() : m.vertexMean());
            float[] p = m.positions();
            for (int i = 0; i < p.length; i++) {
                min[i % 3] = Math.min(min[i % 3], p[i]);
                max[i % 3] = Math.max(max[i % 3], p[i]);
            }
        }
        this.centroids = Collections.unmodifiableMap(c);
    }

    /** The region meshes in label-table order. */
    public List<RegionMesh> meshes() {
        return meshes;
    }

    /** The mesh of a label index, if the atlas holds that region. */
    public Optional<RegionMesh> mesh(int index) {
        return meshes.stream().filter(m -> m.index() == index).findFirst();
    }

    /** World centroid per label index (voxel mean for volume atlases); do not modify the arrays. */
    public Map<Integer, double[]> centroids() {
        return centroids;
    }

    /** Total triangles over all regions. */
    public int triangleCount() {
        return meshes.stream().mapToInt(RegionMesh::triangleCount).sum();
    }

    /** Lowest x, y, z over all vertices (infinite when there are none). */
    public float[] boundsMin() {
        return min.clone();
    }

    /** Highest x, y, z over all vertices. */
    public float[] boundsMax() {
        return max.clone();
    }
}
