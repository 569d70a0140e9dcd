package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.junit.jupiter.api.Test;

/** Tests mesh options: the automatic step, the cache key and the checks. */
class MeshOptionsTest {

    private static double[] voxels(double size) {
        return NiftiHeader.scaled(2, 2, 2, NiftiDataType.UINT8, size, size, size).affine();
    }

    @Test
    void autoStepAimsAtTwoMillimetres() {
        MeshOptions o = MeshOptions.defaults();
        assertEquals(MeshOptions.AUTO_STEP, o.step());
        assertEquals(2, o.stepFor(voxels(1)));
        assertEquals(1, o.stepFor(voxels(2)));
        assertEquals(4, o.stepFor(voxels(0.5)));
        assertEquals(1, o.stepFor(voxels(3)));
        assertEquals(1, o.withStep(1).stepFor(voxels(1)));
    }

    @Test
    void shapeKeyIgnoresThreadsAndFolder() {
        MeshOptions o = MeshOptions.defaults();
        assertEquals(o.shapeKey(), o.withThreads(1).withCacheFolder(Path.of("x")).shapeKey());
        assertNotEquals(o.shapeKey(), o.withSmoothing(5, 0.5, -0.53).shapeKey());
    }

    @Test
    void badValuesAreRefused() {
        MeshOptions o = MeshOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> o.withStep(5));
        assertThrows(IllegalArgumentException.class, () -> o.withBudget(0));
        assertThrows(IllegalArgumentException.class, () -> o.withSmoothing(10, 0.5, -0.4));
        assertThrows(IllegalArgumentException.class, () -> o.withThreads(0));
    }

    @Test
    void cacheFolderProperty() {
        String old = System.getProperty("glia.mesh.cache");
        try {
            System.setProperty("glia.mesh.cache", "/tmp/x-cache");
            assertEquals(Path.of("/tmp/x-cache"), MeshOptions.defaultCacheFolder());
        } finally {
            if (old == null) {
                System.clearProperty("glia.mesh.cache");
            } else {
                System.setProperty("glia.mesh.cache", old);
            }
        }
    }
}
