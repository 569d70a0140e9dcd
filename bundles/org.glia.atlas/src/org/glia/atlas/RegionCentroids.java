package org.glia.atlas;

import java.util.Map;

import org.glia.atlas.internal.mesh.LabelBoxes;

/** World-space centroids of atlas regions: the mean world position of each label's voxels. */
public final class RegionCentroids {

    private RegionCentroids() {
    }

    /**
     * Index to (x, y, z) in millimetres for every region of the table present in the volume, in table
     * order; regions with no voxel are left out.
     */
    public static Map<Integer, double[]> compute(NiftiVolume volume, LabelTable table) {
        return LabelBoxes.scan(volume, table).centroids(volume, table);
    }
}
