package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.RegionCentroids;
import org.glia.atlas.RegionMesh;
import org.junit.jupiter.api.Test;

/** Tests the whole surface pipeline on synthetic volumes: closed, outward, budgeted, deterministic. */
class AtlasMeshesTest {

    private static MeshOptions options() {
        return MeshOptions.defaults().withCacheFolder(null);
    }

    @Test
    void everyRegionIsClosedOutwardAndNormalsPointOut() {
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        AtlasMeshes meshes = AtlasSurfaces.build(v, Volumes.blobLabels(), options(), new NullProgressMonitor());
        assertEquals(List.of(1, 2, 3, 4, 5), meshes.meshes().stream().map(RegionMesh::index).toList());
        for (RegionMesh m : meshes.meshes()) {
            MeshChecks.assertClosedAndOriented(m.triangles(), "region " + m.index());
            assertTrue(MeshChecks.signedVolume(m.positions(), m.triangles()) > 0, "region " + m.index());
            assertNormalsOutward(m, meshes.centroids().get(m.index()));
        }
        // The sphere: 8 mm3 voxels; smoothing shrinks a little, the midpoint surface a little more.
        double sphere = MeshChecks.signedVolume(meshes.mesh(1).orElseThrow().positions(),
                meshes.mesh(1).orElseThrow().triangles());
        double voxels = 8 * java.util.Arrays.stream(v.labels()).filter(l -> l == 1).count();
        assertTrue(Math.abs(sphere - voxels) / voxels < 0.1, sphere + " vs " + voxels);
    }

    private static void assertNormalsOutward(RegionMesh m, double[] centre) {
        if (m.index() == 3) {
            return; // two blobs: the centroid lies between them
        }
        float[] p = m.positions();
        float[] n = m.normals();
        int outward = 0;
        for (int i = 0; i < p.length; i += 3) {
            double d = (p[i] - centre[0]) * n[i] + (p[i + 1] - centre[1]) * n[i + 1]
                    + (p[i + 2] - centre[2]) * n[i + 2];
            outward += d > 0 ? 1 : 0;
        }
        assertTrue(outward > 0.9 * m.vertexCount(), "region " + m.index() + ": " + outward + "/" + m.vertexCount());
    }

    @Test
    void mirroringTransformKeepsTrianglesFacingOut() {
        NiftiHeader h = Volumes.blobHeader().withSform(2, new double[] {-2, 0, 0, 80, 0, 2, 0, -40, 0, 0, 2, -30});
        AtlasMeshes meshes = AtlasSurfaces.build(Volumes.blobs(h), Volumes.blobLabels(), options(), null);
        for (RegionMesh m : meshes.meshes()) {
            assertTrue(MeshChecks.signedVolume(m.positions(), m.triangles()) > 0, "region " + m.index());
        }
        double[] c = meshes.centroids().get(1);
        assertArrayEquals(new double[] {80 - 24, -40 + 24, -30 + 24}, c, 1e-9);
    }

    @Test
    void budgetIsSharedAndMeshesStayClosed() {
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        AtlasMeshes full = AtlasSurfaces.build(v, Volumes.blobLabels(), options(), null);
        int budget = full.triangleCount() / 4;
        AtlasMeshes small = AtlasSurfaces.build(v, Volumes.blobLabels(), options().withBudget(budget), null);
        assertTrue(small.triangleCount() <= budget, small.triangleCount() + " > " + budget);
        assertTrue(small.triangleCount() > budget * 0.9, "uses most of the budget: " + small.triangleCount());
        for (RegionMesh m : small.meshes()) {
            MeshChecks.assertClosedAndOriented(m.triangles(), "decimated region " + m.index());
            assertTrue(MeshChecks.signedVolume(m.positions(), m.triangles()) > 0);
        }
    }

    @Test
    void coarseStepKeepsThinRegions() {
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        AtlasMeshes coarse = AtlasSurfaces.build(v, Volumes.blobLabels(), options().withStep(2), null);
        assertEquals(5, coarse.meshes().size(), "the single voxel and the slab fall back to step 1");
        for (RegionMesh m : coarse.meshes()) {
            MeshChecks.assertClosedAndOriented(m.triangles(), "coarse region " + m.index());
        }
    }

    @Test
    void resultDoesNotDependOnThreads() {
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        MeshOptions o = options().withBudget(3000);
        AtlasMeshes one = AtlasSurfaces.build(v, Volumes.blobLabels(), o.withThreads(1), null);
        AtlasMeshes two = AtlasSurfaces.build(v, Volumes.blobLabels(), o.withThreads(2), null);
        AtlasMeshes four = AtlasSurfaces.build(v, Volumes.blobLabels(), o.withThreads(4), null);
        for (AtlasMeshes other : new AtlasMeshes[] {two, four}) {
            for (int i = 0; i < one.meshes().size(); i++) {
                RegionMesh a = one.meshes().get(i);
                RegionMesh b = other.meshes().get(i);
                assertArrayEquals(a.positions(), b.positions());
                assertArrayEquals(a.normals(), b.normals());
                assertArrayEquals(a.triangles(), b.triangles());
            }
        }
    }

    @Test
    void cancellingStopsTheWork() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        assertThrows(OperationCanceledException.class,
                () -> AtlasSurfaces.build(v, Volumes.blobLabels(), options(), monitor));
    }

    @Test
    void centroidsAreVoxelMeansInWorldSpace() {
        NiftiVolume v = Volumes.blobs(Volumes.blobHeader());
        Map<Integer, double[]> c = RegionCentroids.compute(v, Volumes.blobLabels());
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(c.keySet()));
        assertArrayEquals(new double[] {24, 24, 24}, c.get(1), 1e-9);
        assertArrayEquals(new double[] {10, 60, 10}, c.get(4), 1e-9);
        assertArrayEquals(new double[] {2 * 34.5, 2 * 30.5, 2 * 26.5}, c.get(2), 1e-9);
    }
}
