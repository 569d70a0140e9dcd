package org.glia.atlas.internal.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;

/**
 * The key of a cached mesh set: SHA-256 over the atlas file's bytes, the meshed label indices, the
 * mesh parameters and the cache format version, so any change to one of them misses the cache.
 */
public final class MeshCacheKey {

    private MeshCacheKey() {
    }

    /** The 32-byte key. */
    public static byte[] of(Path atlas, LabelTable table, MeshOptions options) throws IOException {
        MessageDigest file = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(atlas)) {
            for (int n; (n = in.read(buf)) > 0;) {
                file.update(buf, 0, n);
            }
        }
        MessageDigest key = sha256();
        key.update(("glia-mesh-cache " + MeshCacheFile.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        key.update(file.digest());
        StringBuilder sb = new StringBuilder("\nlabels=");
        for (int index : table.indices()) {
            sb.append(index).append(',');
        }
        sb.append('\n').append(options.shapeKey());
        key.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        return key.digest();
    }

    /** The cache file name of a key. */
    public static String fileName(byte[] key) {
        return HexFormat.of().formatHex(key) + ".glmesh";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
