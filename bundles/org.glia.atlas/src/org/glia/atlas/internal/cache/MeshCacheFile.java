package org.glia.atlas.internal.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.RegionMesh;
import org.glia.atlas.internal.io.AtomicFiles;

/**
 * The binary mesh cache file. Layout (little-endian): magic {@code GLIAMESH}, int version, 32-byte key,
 * long payload length, payload, CRC-32C of the payload. Payload: int region count, then per region int
 * index, int vertex count, int triangle count, 3 doubles centroid, positions, normals (floats) and
 * triangles (ints). A file that fails any check is treated as absent, never trusted.
 */
public final class MeshCacheFile {

    /** Format version; bump on any layout or algorithm change so old files are rebuilt. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "GLIAMESH".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8 + 4 + 32 + 8;
    private static final long MAX_FILE = 1L << 30;

    private MeshCacheFile() {
    }

    /** Writes the meshes atomically under the key. */
    public static void write(Path file, byte[] key, AtlasMeshes meshes) throws IOException {
        ByteBuffer payload = payload(meshes);
        CRC32C crc = new CRC32C();
        crc.update(payload.array(), 0, payload.limit());
        AtomicFiles.write(file, raw -> {
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            head.put(MAGIC).putInt(VERSION).put(key).putLong(payload.limit());
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.write(head.array());
            out.write(payload.array(), 0, payload.limit());
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(crc.getValue()).array());
            out.flush();
        });
    }

    private static ByteBuffer payload(AtlasMeshes meshes) {
        long size = 4;
        for (RegionMesh m : meshes.meshes()) {
            size += 12 + 24 + 4L * (2 * m.positions().length + m.triangles().length);
        }
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(meshes.meshes().size());
        for (RegionMesh m : meshes.meshes()) {
            b.putInt(m.index()).putInt(m.vertexCount()).putInt(m.triangleCount());
            for (double c : meshes.centroids().get(m.index())) {
                b.putDouble(c);
            }
            b.asFloatBuffer().put(m.positions());
            b.position(b.position() + 4 * m.positions().length);
            b.asFloatBuffer().put(m.normals());
            b.position(b.position() + 4 * m.normals().length);
            b.asIntBuffer().put(m.triangles());
            b.position(b.position() + 4 * m.triangles().length);
        }
        b.flip();
        return b;
    }

    /** The meshes stored under {@code key}, or empty when the file is absent, stale or damaged. */
    public static Optional<AtlasMeshes> read(Path file, byte[] key) {
        try {
            long size = Files.size(file);
            if (size < HEADER + 4 + 8 || size > MAX_FILE) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[8];
            byte[] stored = new byte[32];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC) || b.getInt() != VERSION) {
                return Optional.empty();
            }
            b.get(stored);
            long length = b.getLong();
            if (!Arrays.equals(stored, key) || length != b.capacity() - HEADER - 8L) {
                return Optional.empty();
            }
            CRC32C crc = new CRC32C();
            crc.update(b.array(), HEADER, (int) length);
            if (crc.getValue() != b.getLong(HEADER + (int) length)) {
                return Optional.empty();
            }
            b.limit(HEADER + (int) length);
            return parse(b);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or inconsistent: rebuild rather than trust it
        }
    }

    private static Optional<AtlasMeshes> parse(ByteBuffer b) {
        int regions = b.getInt();
        if (regions < 0) {
            return Optional.empty();
        }
        List<RegionMesh> meshes = new ArrayList<>();
        Map<Integer, double[]> centroids = new LinkedHashMap<>();
        for (int r = 0; r < regions; r++) {
            int index = b.getInt();
            int nv = b.getInt();
            int nt = b.getInt();
            if (nv < 0 || nt < 0 || 24 + 24L * nv + 12L * nt > b.remaining()) {
                return Optional.empty();
            }
            double[] c = {b.getDouble(), b.getDouble(), b.getDouble()};
            float[] pos = new float[3 * nv];
            float[] nor = new float[3 * nv];
            int[] tris = new int[3 * nt];
            b.asFloatBuffer().get(pos);
            b.position(b.position() + 12 * nv);
            b.asFloatBuffer().get(nor);
            b.position(b.position() + 12 * nv);
            b.asIntBuffer().get(tris);
            b.position(b.position() + 12 * nt);
            for (int v : tris) {
                if (v < 0 || v >= nv) {
                    return Optional.empty();
                }
            }
            meshes.add(new RegionMesh(index, pos, nor, tris));
            centroids.put(index, c);
        }
        return b.hasRemaining() ? Optional.empty() : Optional.of(new AtlasMeshes(meshes, centroids));
    }
}
