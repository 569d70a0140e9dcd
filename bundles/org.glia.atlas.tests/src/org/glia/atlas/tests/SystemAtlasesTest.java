package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiReader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.Region;
import org.glia.atlas.RegionCentroids;
import org.glia.atlas.RegionMesh;
import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests AAL from Debian's mricron-data (skipped where it is not installed) and the missing-atlas message. */
class SystemAtlasesTest {

    @TempDir
    Path dir;

    private static void assumeAal() {
        assumeTrue(SystemAtlases.hasAal(), "AAL not installed (apt-get install mricron-data)");
    }

    @Test
    void aalNamesColoursAndHemispheres() throws Exception {
        assumeAal();
        LabelTable all = SystemAtlases.aal(false).labels();
        assertEquals(116, all.size());
        LabelTable cerebrum = SystemAtlases.aal(true).labels();
        assertEquals(90, cerebrum.size());
        assertEquals(45, cerebrum.regions().stream().filter(r -> r.hemisphere().equals("L")).count());
        assertEquals(45, cerebrum.regions().stream().filter(r -> r.hemisphere().equals("R")).count());
        Region hippocampus = cerebrum.byName("Hippocampus_L").orElseThrow();
        assertEquals(37, hippocampus.index());
        assertTrue(cerebrum.regions().stream().allMatch(Region::hasColour));
        assertEquals(all.get(0).rgb(), all.get(1).rgb(), "AAL colours left and right alike");
    }

    @Test
    void aalVolumeAndCentroids() throws Exception {
        assumeAal();
        VolumeAtlas aal = SystemAtlases.aal(true);
        NiftiVolume v = NiftiReader.read(aal.volume());
        assertEquals(181, v.nx());
        assertEquals(217, v.ny());
        assertEquals(181, v.nz());
        Map<Integer, double[]> c = RegionCentroids.compute(v, aal.labels());
        assertEquals(90, c.size());
        assertTrue(c.get(1)[0] < 0 && c.get(2)[0] > 0, "Precentral_L is on the left (x < 0) in MNI space");
    }

    @Test
    void aalMeshesFitTheBudgetAndAreClosed() throws Exception {
        assumeAal();
        VolumeAtlas aal = SystemAtlases.aal(false);
        MeshOptions o = MeshOptions.defaults().withCacheFolder(dir);
        AtlasMeshes meshes = AtlasSurfaces.load(aal.volume(), aal.labels(), o, new NullProgressMonitor());
        assertEquals(116, meshes.meshes().size());
        assertTrue(meshes.triangleCount() <= MeshOptions.DEFAULT_BUDGET, "triangles " + meshes.triangleCount());
        assertTrue(meshes.triangleCount() > 0.9 * MeshOptions.DEFAULT_BUDGET, "triangles " + meshes.triangleCount());
        for (RegionMesh m : meshes.meshes()) {
            MeshChecks.assertClosedAndOriented(m.triangles(), "AAL region " + m.index());
            assertTrue(MeshChecks.signedVolume(m.positions(), m.triangles()) > 0, "AAL region " + m.index());
        }
        float[] min = meshes.boundsMin();
        float[] max = meshes.boundsMax();
        assertTrue(min[0] < -60 && max[0] > 60 && min[2] < -40 && max[2] > 60, "MNI-sized bounds");
    }

    @Test
    void missingAtlasSaysHowToInstallIt() {
        DataException e = assertThrows(DataException.class, () -> SystemAtlases.aal(dir, true));
        assertTrue(e.getMessage().contains("apt-get install mricron-data"), e.getMessage());
        assertTrue(e.getMessage().contains("aal.nii.gz"), e.getMessage());
    }
}
