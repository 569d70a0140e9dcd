package org.glia.atlas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.internal.cache.MeshCacheFile;
import org.glia.atlas.internal.cache.MeshCacheKey;
import org.glia.atlas.internal.mesh.AtlasMesher;
import org.glia.core.io.DataException;

/**
 * Region surfaces of a volume atlas: marching cubes per label, Taubin smoothing, reduction to a
 * triangle budget, normals and centroids, cached on disk.
 * <p>
 * The cache file is named after a SHA-256 key over the atlas file's bytes, the label indices and the
 * mesh parameters; it is written atomically, and a file that is damaged, truncated or for another key
 * is ignored and rebuilt, never trusted. A cache that cannot be written only costs the next rebuild.
 */
public final class AtlasSurfaces {

    private AtlasSurfaces() {
    }

    /**
     * The surfaces of the table's regions in a NIfTI label volume, from the cache when it holds them.
     *
     * @throws DataException when the atlas cannot be read
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
     */
    public static AtlasMeshes load(Path atlasNifti, LabelTable table, MeshOptions options, IProgressMonitor monitor)
            throws DataException {
        SubMonitor sub = SubMonitor.convert(monitor, "Loading atlas surfaces", 100);
        Path cacheFile = null;
        byte[] key = null;
        if (options.cacheFolder() != null) {
            try {
                key = MeshCacheKey.of(atlasNifti, table, options);
            } catch (IOException e) {
                throw new DataException(atlasNifti, "cannot read: " + e.getMessage());
            }
            cacheFile = options.cacheFolder().resolve(MeshCacheKey.fileName(key));
            Optional<AtlasMeshes> cached = MeshCacheFile.read(cacheFile, key);
            if (cached.isPresent()) {
                sub.done();
                return cached.get();
            }
        }
        sub.worked(2);
        sub.subTask("Reading " + atlasNifti.getFileName());
        NiftiVolume volume = NiftiReader.read(atlasNifti);
        sub.worked(3);
        AtlasMeshes meshes = AtlasMesher.build(volume, table, options, sub.split(90));
        if (cacheFile != null) {
            try {
                MeshCacheFile.write(cacheFile, key, meshes);
            } catch (IOException e) {
                // The cache is an optimisation: without it the next load rebuilds.
            }
        }
        sub.done();
        return meshes;
    }

    /** The surfaces of the table's regions in a volume already in memory (no cache). */
    public static AtlasMeshes build(NiftiVolume volume, LabelTable table, MeshOptions options,
            IProgressMonitor monitor) {
        return AtlasMesher.build(volume, table, options, monitor);
    }
}
