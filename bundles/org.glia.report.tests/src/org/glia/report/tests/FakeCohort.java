package org.glia.report.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a small synthetic cohort for fast tests: 12 made-up regions, 18 controls (CTL) and 14 patients (PAT)
 * whose first three regions have weakened edges, matrices as CSV.
 */
final class FakeCohort {

    /** The region names, in matrix order. */
    static final List<String> REGIONS = List.of("Alpha_L", "Alpha_R", "Beta_L", "Beta_R", "Gamma_L", "Gamma_R",
            "Delta_L", "Delta_R", "Epsilon_L", "Epsilon_R", "Zeta_L", "Zeta_R");
    /** The regions whose edges the patients lose. */
    static final List<String> AFFECTED = REGIONS.subList(0, 3);
    static final int CONTROLS = 18;
    static final int PATIENTS = 14;

    private FakeCohort() {
    }

    /** Writes the cohort into {@code dir} (created) and returns it. */
    static Path write(Path dir) throws IOException {
        int n = REGIONS.size();
        Files.createDirectories(dir.resolve("connectomes"));
        StringBuilder labels = new StringBuilder("index\tname\n");
        for (int i = 0; i < n; i++) {
            labels.append(i + 1).append('\t').append(REGIONS.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("labels.tsv"), labels);
        SplittableRandom rng = new SplittableRandom(42);
        double[][] base = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                base[i][j] = 0.2 + rng.nextDouble();
                base[j][i] = base[i][j];
            }
        }
        StringBuilder participants = new StringBuilder("participant_id\tdiagnosis\n");
        for (int s = 0; s < CONTROLS + PATIENTS; s++) {
            boolean patient = s >= CONTROLS;
            String id = String.format(Locale.ROOT, "s%02d", s + 1);
            participants.append(id).append('\t').append(patient ? "PAT" : "CTL").append('\n');
            Files.writeString(dir.resolve("connectomes/" + id + ".csv"), matrix(base, patient, rng));
        }
        Files.writeString(dir.resolve("participants.tsv"), participants);
        return dir;
    }

    private static String matrix(double[][] base, boolean patient, SplittableRandom rng) {
        int n = base.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = base[i][j] * Math.exp(0.25 * gaussian(rng));
                if (patient && (i < AFFECTED.size() || j < AFFECTED.size())) {
                    w *= 0.7;
                }
                m[i][j] = w;
                m[j][i] = w;
            }
        }
        StringBuilder b = new StringBuilder();
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", row[j]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller; one value per call is enough here
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
