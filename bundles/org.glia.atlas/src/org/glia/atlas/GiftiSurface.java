package org.glia.atlas;

import java.util.Objects;

/**
 * A triangulated surface read from GIfTI: vertex positions (x, y, z, as stored, normally millimetres in
 * the surface's space) and triangles (three vertex indices each).
 *
 * @param positions 3 floats per vertex
 * @param triangles 3 vertex indices per triangle, each below the vertex count
 */
public record GiftiSurface(float[] positions, int[] triangles) {

    /** Checks the arrays' shapes. */
    public GiftiSurface {
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(triangles, "triangles");
        if (positions.length % 3 != 0 || triangles.length % 3 != 0) {
            throw new IllegalArgumentException("arrays must hold triples");
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
}
