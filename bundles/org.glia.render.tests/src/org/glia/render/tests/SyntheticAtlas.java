package org.glia.render.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;
import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.NiftiWriter;
import org.glia.atlas.Region;

/**
 * A small labelled volume in MNI-like RAS+ coordinates (2 mm voxels, world = 2 * voxel - 48): four
 * 20 mm cubes in the z = 0 plane, left/right and posterior/anterior, and a sphere between them.
 */
final class SyntheticAtlas {

    static final int CUBE_L = 1;
    static final int CUBE_R = 2;
    static final int FRONT_L = 3;
    static final int FRONT_R = 4;
    static final int SPHERE = 5;
    static final int N = 48;

    static final LabelTable LABELS = LabelTable.of(List.of(Region.of(CUBE_L, "Cube_L", -1),
            Region.of(CUBE_R, "Cube_R", -1), Region.of(FRONT_L, "Front_L", -1), Region.of(FRONT_R, "Front_R", -1),
            new Region(SPHERE, "Sphere", "", -1)));

    private static AtlasMeshes meshes;

    private SyntheticAtlas() {
    }

    /** The label volume. */
    static NiftiVolume volume() {
        int[] v = new int[N * N * N];
        cube(v, 12, 18, 24, CUBE_L);
        cube(v, 36, 18, 24, CUBE_R);
        cube(v, 12, 34, 24, FRONT_L);
        cube(v, 36, 34, 24, FRONT_R);
        for (int k = 0; k < N; k++) {
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    if ((i - 24) * (i - 24) + (j - 26) * (j - 26) + (k - 24) * (k - 24) <= 36) {
                        v[i + N * (j + N * k)] = SPHERE;
                    }
                }
            }
        }
        NiftiHeader h = NiftiHeader.scaled(N, N, N, NiftiDataType.UINT8, 2, 2, 2)
                .withSform(1, new double[] {2, 0, 0, -48, 0, 2, 0, -48, 0, 0, 2, -48});
        return NiftiVolume.ofInts(h, v);
    }

    private static void cube(int[] v, int ci, int cj, int ck, int label) {
        for (int k = ck - 5; k < ck + 5; k++) {
            for (int j = cj - 5; j < cj + 5; j++) {
                for (int i = ci - 5; i < ci + 5; i++) {
                    v[i + N * (j + N * k)] = label;
                }
            }
        }
    }

    /** The region meshes (built once, no cache). */
    static synchronized AtlasMeshes meshes() {
        if (meshes == null) {
            meshes = AtlasSurfaces.build(volume(), LABELS, MeshOptions.defaults().withCacheFolder(null).withThreads(1),
                    new NullProgressMonitor());
        }
        return meshes;
    }

    /** Writes atlas.nii.gz and labels.tsv into a folder (a cohort's atlas). */
    static void writeTo(Path dir) throws IOException {
        NiftiWriter.write(volume(), dir.resolve("atlas.nii.gz"));
        StringBuilder sb = new StringBuilder("index\tname\n");
        for (Region r : LABELS.regions()) {
            sb.append(r.index()).append('\t').append(r.name()).append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), sb, StandardCharsets.UTF_8);
    }
}
