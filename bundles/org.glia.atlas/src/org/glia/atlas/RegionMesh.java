package org.glia.atlas;

import java.util.Objects;

/**
 * The closed surface of one atlas region in world coordinates, ready for a vertex buffer: triangles
 * wind counter-clockwise seen from outside, normals point outwards.
 *
 * @param index     the region's label index
 * @param positions x, y, z per vertex (millimetres)
 * @param normals   unit normal per vertex, same layout
 * @param triangles three vertex indices per triangle
 */
public record RegionMesh(int index, float[] positions, float[] normals, int[] triangles) {

    /** Checks that the arrays agree. */
    public RegionMesh {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(normals, "normals");
        Objects.requireNonNull(triangles, "triangles");
        if (positions.length % 3 != 0 || normals.length != positions.length || triangles.length % 3 != 0) {
            throw new IllegalArgumentException("inconsistent mesh arrays for region " + index);
        }
    }

    /** Number of vertices. */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** Number of triangles. */
    public int triangleCount() {
        return triangles.length / 3;
    }

    /** The mean of the vertex positions (a cheap centre; the atlas centroid is the voxel mean). */
    public double[] vertexMean() {
        double[] c = new double[3];
        int n = vertexCount();
        for (int v = 0; v < n; v++) {
            c[0] += positions[3 * v];
            c[1] += positions[3 * v + 1];
            c[2] += positions[3 * v + 2];
        }
        if (n > 0) {
            c[0] /= n;
            c[1] /= n;
            c[2] /= n;
        }
        return c;
    }
}
