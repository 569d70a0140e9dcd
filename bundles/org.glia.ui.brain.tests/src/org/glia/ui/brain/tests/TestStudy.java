package org.glia.ui.brain.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.NiftiWriter;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.NetworkBuilder;

/**
 * A tiny study written into a test's folder: a cohort of six subjects (HC and AD) whose atlas is a 40^3
 * label volume of 2 mm voxels (world = 2 * voxel - 40, RAS+) holding four 16 mm cubes in the z = 0 plane
 * (left/right, posterior/anterior) and a sphere between them, and a model {@code study.glia} with a 5-3-2
 * network that names the cohort by a relative path.
 */
public final class TestStudy {

    public static final String[] NAMES = {"Occipital_L", "Occipital_R", "Frontal_L", "Frontal_R", "Thalamus"};
    public static final int N = 40;

    public final Path file;
    public final Path cohort;

    private TestStudy(Path file, Path cohort) {
        this.file = file;
        this.cohort = cohort;
    }

    /** Writes the cohort into {@code dir/cohort} and the model into {@code dir/study.glia}. */
    public static TestStudy write(Path dir) throws IOException {
        Path cohort = dir.resolve("cohort");
        Files.createDirectories(cohort.resolve("connectomes"));
        NiftiWriter.write(volume(), cohort.resolve("atlas.nii.gz"));
        StringBuilder labels = new StringBuilder("index\tname\n");
        for (int i = 0; i < NAMES.length; i++) {
            labels.append(i + 1).append('\t').append(NAMES[i]).append('\n');
        }
        Files.writeString(cohort.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
        StringBuilder participants = new StringBuilder("participant_id\tdiagnosis\n");
        SplittableRandom r = new SplittableRandom(7);
        for (int s = 0; s < 6; s++) {
            String id = "sub-0" + (s + 1);
            participants.append(id).append('\t').append(s % 2 == 0 ? "HC" : "AD").append('\n');
            Files.writeString(cohort.resolve("connectomes").resolve(id + ".csv"), matrix(r), StandardCharsets.UTF_8);
        }
        Files.writeString(cohort.resolve("participants.tsv"), participants, StandardCharsets.UTF_8);
        Network network = NetworkBuilder.build(List.of(NAMES), new int[] {3}, ActivationFunction.RELU,
                List.of("HC", "AD"), 11);
        Study study = GliaFactory.eINSTANCE.createStudy();
        study.setName("brain test");
        study.setCohortPath("cohort");
        study.getClasses().addAll(List.of("HC", "AD"));
        study.setNetwork(network);
        Path file = dir.resolve("study.glia");
        GliaDocument.save(study, file);
        return new TestStudy(file, cohort);
    }

    /** A symmetric non-negative matrix with a zero diagonal. */
    private static String matrix(SplittableRandom r) {
        int n = NAMES.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                m[i][j] = m[j][i] = Math.round(r.nextDouble(0.1, 1) * 1000) / 1000.0;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (double[] row : m) {
            List<String> cells = new ArrayList<>();
            for (double v : row) {
                cells.add(String.format(Locale.ROOT, "%s", v));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    /** The label volume. */
    public static NiftiVolume volume() {
        int[] v = new int[N * N * N];
        cube(v, 10, 10, 20, 1);
        cube(v, 30, 10, 20, 2);
        cube(v, 10, 30, 20, 3);
        cube(v, 30, 30, 20, 4);
        for (int k = 0; k < N; k++) {
            for (int j = 0; j < N; j++) {
                for (int i = 0; i < N; i++) {
                    if ((i - 20) * (i - 20) + (j - 20) * (j - 20) + (k - 20) * (k - 20) <= 25) {
                        v[i + N * (j + N * k)] = 5;
                    }
                }
            }
        }
        NiftiHeader h = NiftiHeader.scaled(N, N, N, NiftiDataType.UINT8, 2, 2, 2)
                .withSform(1, new double[] {2, 0, 0, -40, 0, 2, 0, -40, 0, 0, 2, -40});
        return NiftiVolume.ofInts(h, v);
    }

    private static void cube(int[] v, int ci, int cj, int ck, int label) {
        for (int k = ck - 4; k < ck + 4; k++) {
            for (int j = cj - 4; j < cj + 4; j++) {
                for (int i = ci - 4; i < ci + 4; i++) {
                    v[i + N * (j + N * k)] = label;
                }
            }
        }
    }
}
