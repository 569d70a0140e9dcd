package org.glia.ui.cohort.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small cohort written into a test's folder: {@code perClass} subjects of each of HC, MCI and AD over
 * {@link #REGIONS} regions, random symmetric matrices (fixed seed) in which every edge of the first region grows
 * with the class (HC &lt; MCI &lt; AD), so that region's degree separates the classes and the others do not.
 */
public final class TestCohort {

    /** The region names, in matrix order. */
    public static final List<String> REGIONS = List.of("Hippocampus_L", "Hippocampus_R", "Precuneus_L",
            "Precuneus_R", "Frontal_Sup_L", "Frontal_Sup_R", "Occipital_Mid_L", "Occipital_Mid_R");
    /** The classes, in participants.tsv order of first appearance. */
    public static final List<String> CLASSES = List.of("HC", "MCI", "AD");

    private TestCohort() {
    }

    /** Writes the cohort into {@code dir} (created) and returns {@code dir}. */
    public static Path write(Path dir, int perClass) throws IOException {
        Files.createDirectories(dir.resolve("connectomes"));
        StringBuilder labels = new StringBuilder("index\tname\n");
        for (int i = 0; i < REGIONS.size(); i++) {
            labels.append(i + 1).append('\t').append(REGIONS.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
        StringBuilder participants = new StringBuilder("participant_id\tdiagnosis\n");
        SplittableRandom random = new SplittableRandom(2024);
        int n = 0;
        for (int s = 0; s < perClass; s++) {
            for (int c = 0; c < CLASSES.size(); c++) {
                String id = String.format(Locale.ROOT, "sub-%02d", ++n);
                participants.append(id).append('\t').append(CLASSES.get(c)).append('\n');
                Files.writeString(dir.resolve("connectomes").resolve(id + ".csv"), matrix(random, c),
                        StandardCharsets.UTF_8);
            }
        }
        Files.writeString(dir.resolve("participants.tsv"), participants, StandardCharsets.UTF_8);
        return dir;
    }

    /** A symmetric non-negative matrix with a zero diagonal; region 0's edges are larger by class. */
    private static String matrix(SplittableRandom r, int classIndex) {
        int n = REGIONS.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = r.nextDouble(0.1, 1) + (i == 0 ? 0.6 * classIndex : 0);
                m[i][j] = m[j][i] = Math.round(w * 1000) / 1000.0;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j == 0 ? "" : ",").append(row[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
