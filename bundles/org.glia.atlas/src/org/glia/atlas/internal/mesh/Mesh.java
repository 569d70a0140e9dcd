package org.glia.atlas.internal.mesh;

/**
 * A working triangle mesh: vertex positions (x, y, z per vertex) and triangles (three vertex indices
 * each, counter-clockwise seen from outside).
 *
 * @param positions 3 values per vertex
 * @param triangles 3 vertex indices per triangle
 */
public record Mesh(double[] positions, int[] triangles) {

    /** Number of vertices. */
    public int vertexCount() {
        return positions.length / 3;
    }

    /** Number of triangles. */
    public int triangleCount() {
        return triangles.length / 3;
    }

    /** The signed volume enclosed (positive for a closed mesh whose triangles face outwards). */
    public double signedVolume() {
        double v = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = 3 * triangles[t];
            int b = 3 * triangles[t + 1];
            int c = 3 * triangles[t + 2];
            double[] p = positions;
            v += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) - p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c])
                    + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
        }
        return v / 6;
    }
}
