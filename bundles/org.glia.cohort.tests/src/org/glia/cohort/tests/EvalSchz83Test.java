package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glia.atlas.LabelTable;
import org.glia.atlas.LabelTables;
import org.glia.atlas.Region;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.ConnectomeMatrix;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.Subject;
import org.glia.cohort.internal.readers.MatReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Cell;

/**
 * The real eval-schz83 cohort (27 HC + 27 schizophrenia, Lausanne 83 regions) imported through a cohort.json
 * layout, and the order of its upper-triangle vectors established from the data. Skipped when
 * ../shared/data is absent.
 * <p>
 * Finding: the 3486 values per subject are the upper triangle including the diagonal, row by row
 * ((0,0), (0,1), ..., (0,82), (1,1), ...). Read that way every diagonal entry is non-zero in every subject
 * and is the largest entry class, and the matrices show the hemispheric structure of structural
 * connectomes (far more zeros between hemispheres than within). Read column by column ((0,0), (0,1),
 * (1,1), (0,2), ...) 15 diagonal entries are zero in all 54 subjects and the hemispheres look alike.
 */
class EvalSchz83Test {

    private static final int N = 83;
    /** Rows 0..40 are right-hemisphere regions, 41..81 left, 82 the brainstem (from the llist names). */
    private static final int RIGHT_END = 41;
    private static final int LEFT_END = 82;

    @TempDir
    static Path tmp;

    private static Path data;
    private static List<Integer> columns;
    private static Cohort cohort;
    private static NumericArray raw;

    @BeforeAll
    static void importCohort() throws Exception {
        Path shared = SharedData.find();
        data = shared == null ? null : shared.resolve("eval-schz83");
        org.junit.jupiter.api.Assumptions.assumeTrue(data != null && Files.isRegularFile(data.resolve(
                "features_BoE_SC_83.mat")), "../shared/data/eval-schz83 is absent");
        columns = Files.readAllLines(data.resolve("selected_subjects_27.csv")).stream().filter(l -> !l.isBlank())
                .map(l -> Integer.valueOf(l.strip())).toList();
        Path dir = tmp.resolve("schz83");
        Files.createDirectories(dir);
        StringBuilder p = new StringBuilder("participant_id\tdiagnosis\tcolumn\n");
        for (int k = 0; k < columns.size(); k++) {
            p.append(String.format(Locale.ROOT, "col-%02d\t%s\t%d%n", columns.get(k), k < 27 ? "HC" : "SCZ",
                    columns.get(k)));
        }
        Files.writeString(dir.resolve("participants.tsv"), p);
        LabelTables.writeTsv(labels(), dir.resolve("labels.tsv"));
        JsonObject m = new JsonObject();
        m.addProperty("file", data.resolve("features_BoE_SC_83.mat").toString());
        m.addProperty("variable", "features");
        m.addProperty("layout", "upper-tri-diag");
        m.addProperty("index_column", "column");
        JsonObject o = new JsonObject();
        o.addProperty("measure", "structural connectivity (eval-schz83, BoE features)");
        o.add("matrices", m);
        Files.writeString(dir.resolve("cohort.json"), o.toString());
        cohort = CohortLoader.load(dir, null);
        raw = new MatReader().read(new MatrixSource(data.resolve("features_BoE_SC_83.mat"), "features", N, 1L << 30));
    }

    /** The first cell of the 'llist' cell array: the 83 region names. */
    private static LabelTable labels() throws Exception {
        try (var mat = Mat5.readFromFile(data.resolve("labels_index_with_subcortical_Laus2008_three_scales.mat")
                .toFile())) {
            Cell scale1 = mat.getCell("llist").getCell(0);
            List<Region> regions = new ArrayList<>();
            for (int i = 0; i < scale1.getNumElements(); i++) {
                regions.add(Region.of(i + 1, scale1.getChar(i).getString().strip(), Region.NO_COLOUR));
            }
            return LabelTable.of(regions);
        }
    }

    @Test
    void importsFiftyFourLabelledSubjectsOnEightyThreeRegions() {
        assertEquals(54, cohort.subjects().size());
        assertEquals(N, cohort.regionCount());
        assertEquals(Map.of("HC", 27, "SCZ", 27), cohort.classCounts());
        assertEquals("rh_lateralorbitofrontal", cohort.labels().get(0).name());
        assertEquals("R", cohort.labels().get(0).hemisphere());
        assertEquals("lh_lateralorbitofrontal", cohort.labels().get(RIGHT_END).name());
        assertEquals("lh_brainstem", cohort.labels().get(LEFT_END).name());
        assertTrue(cohort.warnings().contains("41 of 95 matrices in " + data.resolve("features_BoE_SC_83.mat")
                + " belong to no participant and were not loaded"), cohort.warnings().toString());
    }

    @Test
    void theTriangleIsRowMajorWithDiagonal() {
        Stats rowMajor = stats(true);
        Stats columnMajor = stats(false);
        System.out.println("eval-schz83 row-major:    " + rowMajor);
        System.out.println("eval-schz83 column-major: " + columnMajor);
        assertEquals(0, rowMajor.diagonalAlwaysZero, "row-major: every subject has every self-connection");
        assertTrue(columnMajor.diagonalAlwaysZero >= 10, "column-major puts always-zero pairs on the diagonal");
        assertTrue(rowMajor.diagonalMean > 3 * rowMajor.intraMean, "self-connections dominate, as in fibre counts");
        assertTrue(rowMajor.interZeroFraction > rowMajor.intraZeroFraction + 0.2,
                "few links between hemispheres, as in structural connectomes");
        assertTrue(Math.abs(columnMajor.interZeroFraction - columnMajor.intraZeroFraction) < 0.05,
                "column-major reading loses the hemispheric structure");
        for (int k = 0; k < columns.size(); k++) {
            assertEquals(decode(columns.get(k), true), cohort.subjects().get(k).matrix(),
                    "the loader reads row-major: " + cohort.subjects().get(k).id());
        }
    }

    /** Subject {@code column} read from the raw 3486 x 95 array in either triangle order. */
    private static ConnectomeMatrix decode(int column, boolean rowMajor) {
        double[] v = new double[N * N];
        int k = 0;
        for (int outer = 0; outer < N; outer++) {
            for (int inner = rowMajor ? outer : 0; rowMajor ? inner < N : inner <= outer; inner++) {
                int i = rowMajor ? outer : inner;
                int j = rowMajor ? inner : outer;
                double x = raw.at(k++ * raw.extent(1) + column);
                v[i * N + j] = x;
                v[j * N + i] = x;
            }
        }
        return ConnectomeMatrix.ofRowMajor(N, v);
    }

    /** What distinguishes the two readings, over the 54 labelled subjects. */
    private record Stats(int diagonalAlwaysZero, double diagonalMean, double intraMean, double intraZeroFraction,
            double interZeroFraction) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "diagonal entries zero in all subjects %d, mean diagonal %.4f, mean "
                    + "within-hemisphere %.5f, zero fraction within %.3f / between hemispheres %.3f",
                    diagonalAlwaysZero, diagonalMean, intraMean, intraZeroFraction, interZeroFraction);
        }
    }

    private static Stats stats(boolean rowMajor) {
        List<ConnectomeMatrix> ms = columns.stream().map(c -> decode(c, rowMajor)).toList();
        int alwaysZero = 0;
        double diag = 0;
        for (int i = 0; i < N; i++) {
            boolean zero = true;
            for (ConnectomeMatrix m : ms) {
                zero &= m.get(i, i) == 0;
                diag += m.get(i, i);
            }
            alwaysZero += zero ? 1 : 0;
        }
        double intra = 0;
        long intraN = 0;
        long intraZero = 0;
        long interN = 0;
        long interZero = 0;
        for (ConnectomeMatrix m : ms) {
            for (int i = 0; i < LEFT_END; i++) {
                for (int j = i + 1; j < LEFT_END; j++) {
                    boolean same = (i < RIGHT_END) == (j < RIGHT_END);
                    double x = m.get(i, j);
                    if (same) {
                        intra += x;
                        intraN++;
                        intraZero += x == 0 ? 1 : 0;
                    } else {
                        interN++;
                        interZero += x == 0 ? 1 : 0;
                    }
                }
            }
        }
        return new Stats(alwaysZero, diag / (N * ms.size()), intra / intraN, intraZero / (double) intraN,
                interZero / (double) interN);
    }

    @Test
    void subjectsKeepTheirColumnAsAnExtraField() {
        Subject first = cohort.subjects().get(0);
        assertEquals("col-00", first.id());
        assertEquals("0", first.extra().get("column"));
        assertEquals("SCZ", cohort.subjects().get(53).diagnosis());
    }
}
