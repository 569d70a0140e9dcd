package org.glia.atlas;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A volume atlas on disk: a NIfTI label volume and the table naming its labels.
 *
 * @param volume the label volume ({@code .nii} or {@code .nii.gz})
 * @param labels the regions, in the order Glia uses them
 */
public record VolumeAtlas(Path volume, LabelTable labels) {

    /** Checks for nulls. */
    public VolumeAtlas {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(labels, "labels");
    }
}
