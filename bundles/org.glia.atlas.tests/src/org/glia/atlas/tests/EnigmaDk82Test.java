package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glia.atlas.EnigmaDk82;
import org.glia.atlas.GiftiReader;
import org.glia.atlas.GiftiSurface;
import org.glia.atlas.Region;
import org.glia.atlas.RegionMesh;
import org.glia.atlas.SurfaceAtlas;
import org.junit.jupiter.api.Test;

/** Tests the ENIGMA dk82 surfaces from ../shared/data (skipped where that folder is absent). */
class EnigmaDk82Test {

    private static Path folder() {
        Path shared = SharedData.folder();
        Path dk = shared == null ? null : shared.resolve("dk82-enigma");
        assumeTrue(dk != null && Files.isRegularFile(dk.resolve("fsa5_lh.gii")),
                "../shared/data/dk82-enigma is absent");
        return dk;
    }

    @Test
    void fsaverage5HemispheresLoad() throws Exception {
        GiftiSurface lh = GiftiReader.read(folder().resolve("fsa5_lh.gii"));
        assertEquals(10242, lh.vertexCount());
        assertEquals(20480, lh.triangleCount());
    }

    @Test
    void cortexGives68Regions() throws Exception {
        SurfaceAtlas a = EnigmaDk82.cortex(folder(), null);
        assertEquals(EnigmaDk82.CORTICAL, a.labels().size());
        assertEquals(EnigmaDk82.CORTICAL, a.meshes().meshes().size());
        assertSides(a);
        assertEquals("L_bankssts", a.labels().get(0).name());
        assertEquals(1, a.labels().get(0).index());
    }

    @Test
    void withSubcortexGives82Regions() throws Exception {
        SurfaceAtlas a = EnigmaDk82.withSubcortex(folder(), null);
        assertEquals(EnigmaDk82.ALL, a.meshes().meshes().size());
        assertSides(a);
        Region hippocampus = a.labels().byName("Lhippo").orElseThrow();
        assertEquals(74, hippocampus.index());
        assertEquals("L", hippocampus.hemisphere());
        assertTrue(a.meshes().mesh(74).orElseThrow().triangleCount() > 1000);
        double z = a.meshes().centroids().get(74)[2];
        assertTrue(z < 0, "the hippocampus lies below the AC-PC plane: " + z);
    }

    private static void assertSides(SurfaceAtlas a) {
        for (RegionMesh m : a.meshes().meshes()) {
            Region r = a.labels().byIndex(m.index()).orElseThrow();
            double x = a.meshes().centroids().get(m.index())[0];
            assertTrue(r.hemisphere().equals("L") ? x < 0 : x > 0, r.name() + " at x = " + x);
        }
    }
}
