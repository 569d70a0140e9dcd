package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiWriter;
import org.glia.atlas.RegionMesh;
import org.glia.atlas.internal.cache.MeshCacheFile;
import org.glia.atlas.internal.cache.MeshCacheKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the mesh cache: hits, misses on changed input, and damaged files rebuilt rather than trusted. */
class MeshCacheTest {

    @TempDir
    Path dir;

    private Path atlas;
    private Path cache;
    private MeshOptions options;

    @BeforeEach
    void writeAtlas() throws Exception {
        atlas = dir.resolve("atlas.nii.gz");
        NiftiWriter.write(Volumes.blobs(Volumes.blobHeader()), atlas);
        cache = dir.resolve("cache");
        options = MeshOptions.defaults().withCacheFolder(cache).withBudget(5000);
    }

    private AtlasMeshes load() throws Exception {
        return AtlasSurfaces.load(atlas, Volumes.blobLabels(), options, null);
    }

    private Path cacheFile() throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            List<Path> files = s.toList();
            assertEquals(1, files.size(), "one cache file, no temporary left: " + files);
            return files.get(0);
        }
    }

    private static void assertSame(AtlasMeshes a, AtlasMeshes b) {
        assertEquals(a.meshes().size(), b.meshes().size());
        for (int i = 0; i < a.meshes().size(); i++) {
            RegionMesh x = a.meshes().get(i);
            RegionMesh y = b.meshes().get(i);
            assertEquals(x.index(), y.index());
            assertArrayEquals(x.positions(), y.positions());
            assertArrayEquals(x.normals(), y.normals());
            assertArrayEquals(x.triangles(), y.triangles());
            assertArrayEquals(a.centroids().get(x.index()), b.centroids().get(y.index()));
        }
    }

    @Test
    void secondLoadComesFromTheCache() throws Exception {
        AtlasMeshes first = load();
        Path file = cacheFile();
        byte[] key = MeshCacheKey.of(atlas, Volumes.blobLabels(), options);
        assertEquals(MeshCacheKey.fileName(key), file.getFileName().toString());
        assertTrue(MeshCacheFile.read(file, key).isPresent());
        long stamp = Files.getLastModifiedTime(file).toMillis();
        AtlasMeshes second = load();
        assertSame(first, second);
        assertEquals(stamp, Files.getLastModifiedTime(file).toMillis(), "a hit does not rewrite the cache");
    }

    @Test
    void otherParametersOrLabelsMissTheCache() throws Exception {
        byte[] key = MeshCacheKey.of(atlas, Volumes.blobLabels(), options);
        assertFalse(Arrays.equals(key, MeshCacheKey.of(atlas, Volumes.blobLabels(), options.withBudget(4000))));
        assertFalse(Arrays.equals(key, MeshCacheKey.of(atlas, Volumes.blobLabels(), options.withStep(2))));
        assertFalse(Arrays.equals(key, MeshCacheKey.of(atlas, Volumes.blobLabels().indexRange(1, 3), options)));
        assertArrayEquals(key, MeshCacheKey.of(atlas, Volumes.blobLabels(), options.withThreads(1)),
                "threads do not change the meshes");
        load();
        Path file = cacheFile();
        assertTrue(MeshCacheFile.read(file, MeshCacheKey.of(atlas, Volumes.blobLabels(),
                options.withBudget(4000))).isEmpty(), "a file for another key is not trusted");
    }

    @Test
    void corruptTruncatedOrForeignFilesAreRebuilt() throws Exception {
        AtlasMeshes fresh = load();
        Path file = cacheFile();
        byte[] good = Files.readAllBytes(file);
        byte[] key = MeshCacheKey.of(atlas, Volumes.blobLabels(), options);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        List<byte[]> damaged = List.of(flipped, Arrays.copyOf(good, good.length - 9), Arrays.copyOf(good, 20),
                new byte[0], "not a cache".getBytes(), Arrays.copyOf(good, good.length + 4));
        for (byte[] bad : damaged) {
            Files.write(file, bad);
            assertTrue(MeshCacheFile.read(file, key).isEmpty(), "damaged file of " + bad.length + " bytes refused");
            assertSame(fresh, load());
            assertArrayEquals(good, Files.readAllBytes(cacheFile()), "rebuilt and rewritten");
        }
        byte[] otherVersion = good.clone();
        otherVersion[8] ^= 1;
        Files.write(file, otherVersion);
        assertTrue(MeshCacheFile.read(file, key).isEmpty());
        assertNotEquals(0, good.length);
    }

    @Test
    void changedAtlasMissesTheCache() throws Exception {
        load();
        byte[] before = MeshCacheKey.of(atlas, Volumes.blobLabels(), options);
        NiftiWriter.write(Volumes.blobs(Volumes.blobHeader().withSform(1,
                new double[] {1, 0, 0, 5, 0, 1, 0, 0, 0, 0, 1, 0})), atlas);
        assertFalse(Arrays.equals(before, MeshCacheKey.of(atlas, Volumes.blobLabels(), options)));
        AtlasMeshes moved = load();
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(2, s.count());
        }
        assertEquals(5 + 12, moved.centroids().get(1)[0], 1e-9);
    }
}
