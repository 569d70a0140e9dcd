package org.glia.cohort.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glia.atlas.LabelTable;
import org.glia.atlas.NiftiReader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.Region;
import org.glia.core.io.DataException;

/**
 * What {@code glia check} says about a cohort's atlas volume: its grid, and which label-table regions
 * have no voxel (a warning: such regions cannot be drawn).
 *
 * @param grid    e.g. "181 x 217 x 181"
 * @param missing names of regions without voxels
 * @param extra   how many distinct non-zero voxel labels have no row in the label table
 */
public record AtlasSummary(String grid, List<String> missing, int extra) {

    /** Reads the volume; an unreadable atlas is refused like any other bad cohort file. */
    public static AtlasSummary of(Path atlas, LabelTable labels) throws DataException {
        NiftiVolume v = NiftiReader.read(atlas);
        java.util.Set<Integer> present = new java.util.HashSet<>();
        for (int label : v.labels()) {
            present.add(label);
        }
        List<String> missing = new ArrayList<>();
        for (Region r : labels.regions()) {
            if (!present.remove(r.index())) {
                missing.add(r.name());
            }
        }
        present.remove(0);
        return new AtlasSummary(v.nx() + " x " + v.ny() + " x " + v.nz(), missing, present.size());
    }

    /** The warnings to show, empty when volume and labels agree. */
    public List<String> warnings(Path atlas) {
        List<String> w = new ArrayList<>();
        if (!missing.isEmpty()) {
            w.add(atlas.getFileName() + ": " + missing.size() + " region(s) of the label table have no voxel: "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? ", ..." : ""));
        }
        if (extra > 0) {
            w.add(atlas.getFileName() + ": " + extra + " voxel label value(s) have no row in the label table");
        }
        return w;
    }
}
