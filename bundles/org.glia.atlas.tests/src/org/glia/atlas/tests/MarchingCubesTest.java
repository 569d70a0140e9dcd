package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.glia.atlas.internal.mesh.Mesh;
import org.glia.atlas.internal.mesh.MarchingCubes;
import org.junit.jupiter.api.Test;

/** Tests that marching cubes gives closed, outward-facing surfaces on every case and on blobs. */
class MarchingCubesTest {

    private static Mesh mesh(byte[] mask, int n) {
        return new MarchingCubes(mask, n, n, n).extract(() -> false);
    }

    @Test
    void everySingleCubeCaseIsClosedAndOutward() {
        for (int c = 1; c < 256; c++) {
            byte[] mask = new byte[64];
            for (int corner = 0; corner < 8; corner++) {
                if ((c >> corner & 1) != 0) {
                    mask[1 + (corner & 1) + 4 * (1 + (corner >> 1 & 1)) + 16 * (1 + (corner >> 2 & 1))] = 1;
                }
            }
            Mesh m = mesh(mask, 4);
            MeshChecks.assertClosedAndOriented(m.triangles(), "case " + c);
            assertTrue(m.signedVolume() > 0, "case " + c + " volume " + m.signedVolume());
        }
    }

    @Test
    void randomNoiseIsClosed() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 20; round++) {
            int n = 12;
            byte[] mask = new byte[n * n * n];
            for (int z = 1; z < n - 1; z++) {
                for (int y = 1; y < n - 1; y++) {
                    for (int x = 1; x < n - 1; x++) {
                        mask[x + n * (y + n * z)] = (byte) (r.nextDouble() < 0.5 ? 1 : 0);
                    }
                }
            }
            Mesh m = mesh(mask, n);
            MeshChecks.assertClosedAndOriented(m.triangles(), "noise " + round);
            assertTrue(m.signedVolume() > 0);
        }
    }

    @Test
    void bigSphereVolumeIsCloseToItsVoxelCount() {
        int n = 50;
        byte[] mask = new byte[n * n * n];
        int count = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double d = Math.sqrt(Math.pow(x - 24.5, 2) + Math.pow(y - 24.5, 2) + Math.pow(z - 24.5, 2));
                    if (d < 20) {
                        mask[x + n * (y + n * z)] = 1;
                        count++;
                    }
                }
            }
        }
        Mesh m = mesh(mask, n);
        MeshChecks.assertClosedAndOriented(m.triangles(), "sphere");
        double v = m.signedVolume();
        assertTrue(Math.abs(v - count) / count < 0.05, "volume " + v + " vs " + count + " voxels");
    }

    @Test
    void cubeGivesOneClosedBox() {
        int n = 8;
        byte[] mask = new byte[n * n * n];
        for (int z = 2; z < 6; z++) {
            for (int y = 2; y < 6; y++) {
                for (int x = 2; x < 6; x++) {
                    mask[x + n * (y + n * z)] = 1;
                }
            }
        }
        Mesh m = mesh(mask, n);
        MeshChecks.assertClosedAndOriented(m.triangles(), "cube");
        // Euler characteristic of a sphere: V - E + F = 2, with E = 3F/2.
        assertEquals(2, m.vertexCount() - m.triangleCount() * 3 / 2 + m.triangleCount());
    }
}
