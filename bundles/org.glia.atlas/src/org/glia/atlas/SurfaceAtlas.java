package org.glia.atlas;

import java.util.Objects;

/**
 * A surface atlas ready to draw: its regions (row order = connectome order) and their meshes.
 *
 * @param labels the regions; each index is the label value of its vertices
 * @param meshes one mesh per region present
 */
public record SurfaceAtlas(LabelTable labels, AtlasMeshes meshes) {

    /** Checks for nulls. */
    public SurfaceAtlas {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(meshes, "meshes");
    }
}
