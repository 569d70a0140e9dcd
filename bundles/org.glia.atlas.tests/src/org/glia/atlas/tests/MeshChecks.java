package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;

/** Topology checks shared by the mesh tests: closedness, consistent orientation, signed volume. */
final class MeshChecks {

    private MeshChecks() {
    }

    /**
     * Asserts that every undirected edge has exactly two triangles and that they run it in opposite
     * directions (a closed, consistently oriented surface); also no degenerate triangle.
     */
    static void assertClosedAndOriented(int[] triangles, String what) {
        Map<Long, Integer> directed = new HashMap<>();
        for (int t = 0; t < triangles.length; t += 3) {
            for (int k = 0; k < 3; k++) {
                int a = triangles[t + k];
                int b = triangles[t + (k + 1) % 3];
                if (a == b) {
                    fail(what + ": degenerate triangle " + t / 3);
                }
                directed.merge((long) a << 32 | b, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : directed.entrySet()) {
            long key = e.getKey();
            int a = (int) (key >>> 32);
            int b = (int) key;
            assertEquals(1, e.getValue(), what + ": directed edge " + a + "->" + b + " used twice");
            Integer back = directed.get((long) b << 32 | a);
            assertTrue(back != null && back == 1, what + ": edge " + a + "-" + b + " is open or not shared by two");
        }
    }

    /** Signed volume of a mesh given as float or double positions. */
    static double signedVolume(float[] p, int[] tris) {
        double v = 0;
        for (int t = 0; t < tris.length; t += 3) {
            int a = 3 * tris[t];
            int b = 3 * tris[t + 1];
            int c = 3 * tris[t + 2];
            v += p[a] * ((double) p[b + 1] * p[c + 2] - (double) p[b + 2] * p[c + 1])
                    - p[a + 1] * ((double) p[b] * p[c + 2] - (double) p[b + 2] * p[c])
                    + p[a + 2] * ((double) p[b] * p[c + 1] - (double) p[b + 1] * p[c]);
        }
        return v / 6;
    }
}
