package org.glia.atlas.internal.mesh;

import java.util.Arrays;

/** The vertex adjacency of a triangle mesh in compressed rows (v's neighbours: {@code start(v)..end(v)}). */
public final class Neighbours {

    private final int[] start;
    private final int[] list;

    private Neighbours(int[] start, int[] list) {
        this.start = start;
        this.list = list;
    }

    /** Builds the adjacency (each neighbour once, ascending) of a mesh with {@code vertexCount} vertices. */
    public static Neighbours of(int vertexCount, int[] triangles) {
        int[] degree = new int[vertexCount + 1];
        for (int v : triangles) {
            degree[v] += 2;
        }
        int[] start = new int[vertexCount + 1];
        for (int v = 0; v < vertexCount; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(start, vertexCount);
        int[] raw = new int[start[vertexCount]];
        for (int t = 0; t < triangles.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int a = triangles[t + k];
                raw[fill[a]++] = triangles[t + (k + 1) % 3];
                raw[fill[a]++] = triangles[t + (k + 2) % 3];
            }
        }
        int[] compactStart = new int[vertexCount + 1];
        int out = 0;
        for (int v = 0; v < vertexCount; v++) {
            Arrays.sort(raw, start[v], start[v + 1]);
            compactStart[v] = out;
            for (int i = start[v]; i < start[v + 1]; i++) {
                if (i == start[v] || raw[i] != raw[i - 1]) {
                    raw[out++] = raw[i];
                }
            }
        }
        compactStart[vertexCount] = out;
        return new Neighbours(compactStart, Arrays.copyOf(raw, out));
    }

    /** First position of v's neighbours in {@link #list()}. */
    public int start(int v) {
        return start[v];
    }

    /** One past the last position of v's neighbours. */
    public int end(int v) {
        return start[v + 1];
    }

    /** The neighbour lists (internal array). */
    public int[] list() {
        return list;
    }
}
