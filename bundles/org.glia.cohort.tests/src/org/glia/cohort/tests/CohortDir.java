package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.LoadOptions;
import org.glia.core.io.DataException;

/** Builds small cohort directories in a test's temporary folder. */
final class CohortDir {

    final Path dir;

    private CohortDir(Path dir) {
        this.dir = dir;
    }

    /** A cohort folder with a labels.tsv of {@code regions} regions R1..Rn and nothing else. */
    static CohortDir create(Path tmp, int regions) throws IOException {
        CohortDir c = new CohortDir(tmp);
        StringBuilder sb = new StringBuilder("index\tname\n");
        for (int i = 1; i <= regions; i++) {
            sb.append(i).append("\tR").append(i).append('\n');
        }
        c.text("labels.tsv", sb.toString());
        Files.createDirectories(tmp.resolve("connectomes"));
        return c;
    }

    /** Writes participants.tsv: header participant_id, diagnosis, age; rows "id dx age" separated by blanks. */
    CohortDir participants(String... rows) throws IOException {
        StringBuilder sb = new StringBuilder("participant_id\tdiagnosis\tage\n");
        for (String r : rows) {
            sb.append(String.join("\t", r.split(" ", -1))).append('\n');
        }
        return text("participants.tsv", sb.toString());
    }

    /** Writes connectomes/ID.csv. */
    CohortDir csv(String id, double[][] m) throws IOException {
        return text("connectomes/" + id + ".csv", csvText(m, ","));
    }

    CohortDir text(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return this;
    }

    CohortDir bytes(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return this;
    }

    Path path(String relative) {
        return dir.resolve(relative);
    }

    Cohort load() throws DataException {
        return CohortLoader.load(dir, LoadOptions.defaults(), null);
    }

    Cohort load(LoadOptions options) throws DataException {
        return CohortLoader.load(dir, options, null);
    }

    /** Loads expecting refusal; returns the report. */
    DataException refuse() {
        return assertThrows(DataException.class, this::load);
    }

    /** Loads with {@code options} expecting refusal; returns the report. */
    DataException refuseWith(LoadOptions options) {
        return assertThrows(DataException.class, () -> load(options));
    }

    /** A symmetric, non-negative matrix with zero diagonal and about half the pairs connected. */
    static double[][] symmetric(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = r.nextBoolean() ? Math.round(r.nextDouble() * 1000) / 1000.0 : 0;
                m[i][j] = v;
                m[j][i] = v;
            }
        }
        return m;
    }

    static String csvText(double[][] m, String sep) {
        StringBuilder sb = new StringBuilder();
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j == 0 ? "" : sep).append(String.format(Locale.ROOT, "%s", row[j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
