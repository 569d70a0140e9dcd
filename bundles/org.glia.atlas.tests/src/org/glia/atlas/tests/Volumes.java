package org.glia.atlas.tests;

import java.util.ArrayList;
import java.util.List;

import org.glia.atlas.LabelTable;
import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.Region;

/** Synthetic label volumes for the mesh tests. */
final class Volumes {

    private Volumes() {
    }

    /**
     * A 40x36x32 volume: label 1 a sphere of radius 9, label 2 a box touching three volume faces, label 3
     * two blobs touching diagonally, label 4 a single voxel, label 5 a thin slab on the border.
     */
    static NiftiVolume blobs(NiftiHeader header) {
        int nx = header.nx();
        int ny = header.ny();
        int nz = header.nz();
        int[] v = new int[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int o = i + nx * (j + ny * k);
                    if (Math.pow(i - 12, 2) + Math.pow(j - 12, 2) + Math.pow(k - 12, 2) < 81) {
                        v[o] = 1;
                    } else if (i >= 30 && j >= 26 && k >= 22) {
                        v[o] = 2;
                    } else if (i >= 24 && i < 28 && j >= 2 && j < 6 && k >= 2 && k < 6
                            || i >= 28 && i < 32 && j >= 6 && j < 10 && k >= 6 && k < 10) {
                        v[o] = 3;
                    } else if (i == 5 && j == 30 && k == 5) {
                        v[o] = 4;
                    } else if (k == 0 && i < 20 && j >= 20) {
                        v[o] = 5;
                    }
                }
            }
        }
        return NiftiVolume.ofInts(header, v);
    }

    /** The default header of {@link #blobs(NiftiHeader)}: 2 mm voxels. */
    static NiftiHeader blobHeader() {
        return NiftiHeader.scaled(40, 36, 32, NiftiDataType.UINT8, 2, 2, 2);
    }

    /** Labels 1..5 plus one absent from the volume (9). */
    static LabelTable blobLabels() {
        List<Region> r = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            r.add(new Region(i, "Blob" + i, "", -1));
        }
        r.add(new Region(9, "Absent", "", -1));
        return LabelTable.of(r);
    }
}
