package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.LoadOptions;
import org.glia.cohort.Subject;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cohort directory contract and every validation rule, each fault named in one report. */
class CohortLoaderTest {

    @TempDir
    Path tmp;

    private CohortDir valid() throws Exception {
        return CohortDir.create(tmp, 4).participants("sub-02 AD 71", "sub-01 HC 68", "sub-03 HC 70")
                .csv("sub-01", CohortDir.symmetric(4, 1)).csv("sub-02", CohortDir.symmetric(4, 2))
                .csv("sub-03", CohortDir.symmetric(4, 3));
    }

    private static void assertReports(DataException e, String... fragments) {
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "missing '" + f + "' in:\n" + e.getMessage());
        }
    }

    @Test
    void loadsAValidCohortInParticipantsOrder() throws Exception {
        Cohort c = valid().load();
        assertEquals(List.of("sub-02", "sub-01", "sub-03"), c.subjects().stream().map(Subject::id).toList());
        assertEquals(Map.of("age", "71"), c.subjects().get(0).extra());
        assertEquals(4, c.regionCount());
        assertEquals("R3", c.labels().get(2).name());
        assertEquals(Map.of("AD", 1, "HC", 2), c.classCounts());
        assertEquals(List.of("CSV"), c.formats());
        assertNull(c.atlas());
        assertEquals("connectivity", c.measure());
        assertTrue(c.warnings().isEmpty());
        assertArrayEquals(CohortDir.symmetric(4, 1), c.subject("sub-01").orElseThrow().matrix().toArray());
    }

    @Test
    void readsCohortJsonAtlasMeasureAndPlantedRegions() throws Exception {
        CohortDir d = valid().text("cohort.json", "{\"measure\": \"fibre density\", \"atlas\": \"brain.nii.gz\", "
                + "\"planted_regions\": [\"R2\"], \"extra_key\": 1}").bytes("brain.nii.gz", new byte[] {1});
        Cohort c = d.load();
        assertEquals("fibre density", c.measure());
        assertEquals(d.path("brain.nii.gz"), c.atlas());
        assertEquals(List.of("R2"), c.plantedRegions());
        assertTrue(c.warnings().get(0).contains("unknown key 'extra_key'"), c.warnings().toString());
        d.text("cohort.json", "{\"planted_regions\": [\"Nowhere\"], \"atlas\": \"missing.nii.gz\"}");
        assertReports(d.refuse(), "'Nowhere' is not a region of labels.tsv", "missing.nii.gz not found");
        d.text("cohort.json", "{\"measure\": 3, ");
        assertReports(d.refuse(), "cohort.json: not valid JSON");
    }

    @Test
    void picksUpAtlasNiiGzByDefault() throws Exception {
        CohortDir d = valid().bytes("atlas.nii.gz", new byte[] {1});
        assertEquals(d.path("atlas.nii.gz"), d.load().atlas());
    }

    @Test
    void refusesNonSquareWrongSizeNaNNegativeAndAsymmetricAllInOneReport() throws Exception {
        double[][] nan = CohortDir.symmetric(4, 4);
        nan[1][2] = Double.NaN;
        double[][] neg = CohortDir.symmetric(4, 5);
        neg[3][0] = -0.5;
        neg[0][3] = -0.5;
        double[][] asym = CohortDir.symmetric(4, 6);
        asym[0][1] = 0.9;
        asym[1][0] = 0.3;
        CohortDir d = CohortDir.create(tmp, 4).participants("a HC 1", "b HC 1", "c AD 1", "d AD 1", "e MCI 1")
                .text("connectomes/a.csv", "0,1,2\n1,0,3\n2,3,0\n4,4,4\n")
                .csv("b", CohortDir.symmetric(3, 1)).csv("c", nan).csv("d", neg).csv("e", asym);
        DataException e = d.refuse();
        assertReports(e, "a.csv: matrix is 4 x 3, not square",
                "b.csv: matrix is 3 x 3 but labels.tsv has 4 regions",
                "c.csv: row 2, column 3: value is NaN, not a finite number (1 non-finite value in this matrix)",
                "d.csv: row 1, column 4: negative value -0.5", "(2 negative values in this matrix)",
                "e.csv: row 1, column 2: not symmetric: 0.9 here but 0.3 at row 2, column 1");
        assertEquals(5, e.problems().size(), e.getMessage());
    }

    @Test
    void symmetrisesOnlyWhenAskedAndSaysSo() throws Exception {
        double[][] asym = CohortDir.symmetric(3, 6);
        asym[0][1] = 0.9;
        asym[1][0] = 0.3;
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1").csv("a", asym);
        d.refuse();
        Cohort c = d.load(LoadOptions.defaults().withSymmetrise(true));
        assertEquals(0.6, c.subjects().get(0).matrix().get(1, 0), 1e-12);
        assertEquals(0.6, c.subjects().get(0).matrix().get(0, 1), 1e-12);
        assertTrue(c.warnings().get(0).contains("symmetrise option applied: 1 of 1 matrices"), c.warnings().toString());
        CohortDir tiny = CohortDir.create(tmp.resolve("t"), 2).participants("a HC 1")
                .text("connectomes/a.csv", "0,1\n1.0000001,0\n");
        assertEquals(1, tiny.load().subjects().size(), "differences within 1e-6 relative are symmetric");
    }

    @Test
    void refusesIdMismatchesBothWaysDuplicatesAndMissingDiagnosis() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1", "b HC 1", "a AD 2", "c  3")
                .csv("a", CohortDir.symmetric(3, 1)).csv("c", CohortDir.symmetric(3, 2))
                .csv("zz", CohortDir.symmetric(3, 3));
        DataException e = d.refuse();
        assertReports(e, "participants.tsv: line 3: participant 'b' has no matrix in connectomes/",
                "participants.tsv: line 4: duplicate participant_id 'a' (first on line 2)",
                "participants.tsv: line 5: participant 'c' has no diagnosis",
                "zz.csv: no participant 'zz' in participants.tsv");
        assertEquals(4, e.problems().size(), "c.csv is not reported again: " + e.getMessage());
    }

    @Test
    void refusesBadParticipantsTables() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3).csv("a", CohortDir.symmetric(3, 1));
        assertReports(d.refuse(), "participants.tsv: missing");
        d.text("participants.tsv", "id\tgroup\na\tHC\n");
        assertReports(d.refuse(), "missing column 'participant_id'", "missing column 'diagnosis'");
        d.text("participants.tsv", "participant_id,diagnosis\na,HC\n");
        assertReports(d.refuse(), "not tab separated");
        d.text("participants.tsv", "participant_id\tdiagnosis\n a/b \tHC\na\tHC\textra\n");
        assertReports(d.refuse(), "line 2: participant_id 'a/b' must be", "line 3: 3 cells but the header has 2");
        d.text("participants.tsv", "");
        assertReports(d.refuse(), "participants.tsv: empty file");
    }

    @Test
    void refusesEmptyUnknownAndDoubledMatrixFiles() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1", "b HC 1")
                .text("connectomes/a.csv", "").csv("b", CohortDir.symmetric(3, 2))
                .text("connectomes/b.tsv", CohortDir.csvText(CohortDir.symmetric(3, 2), "\t"))
                .text("connectomes/notes.docx", "x").text("connectomes/.hidden", "ignored");
        assertReports(d.refuse(), "a.csv: empty file", "notes.docx: no matrix reader for this file type",
                "b.tsv: a second matrix for participant 'b' (also b.csv)");
    }

    @Test
    void readsCompressedFilesAndRefusesTruncatedOnes() throws Exception {
        double[][] m = CohortDir.symmetric(3, 5);
        java.io.ByteArrayOutputStream npy = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(npy)) {
            gz.write(NpyWriter.write(new int[] {3, 3}, NpyWriter.flatten(m)));
        }
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(csv)) {
            gz.write(CohortDir.csvText(m, ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1", "b AD 1")
                .bytes("connectomes/a.npy.gz", npy.toByteArray()).bytes("connectomes/b.csv.gz", csv.toByteArray());
        assertArrayEquals(m, d.load().subject("a").orElseThrow().matrix().toArray());
        d.bytes("connectomes/b.csv.gz", java.util.Arrays.copyOf(csv.toByteArray(), csv.size() / 2));
        assertReports(d.refuse(), "b.csv.gz: truncated or corrupt gzip data");
    }

    @Test
    void refusesMissingLabelsAndConnectomesFolder() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1");
        Files.delete(d.path("labels.tsv"));
        Files.delete(d.path("connectomes"));
        assertReports(d.refuse(), "labels.tsv: file not found", "connectomes: missing");
    }

    @Test
    void withoutLabelsMatricesMustStillAgreeInSize() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3).participants("a HC 1", "b HC 1", "c AD 1")
                .csv("a", CohortDir.symmetric(3, 1)).csv("b", CohortDir.symmetric(3, 2))
                .csv("c", CohortDir.symmetric(4, 3));
        Files.writeString(d.path("labels.tsv"), "index\tname\n1\tA\n1\tB\n");
        assertReports(d.refuse(), "duplicate index 1", "subject c: matrix is 4 x 4 but most subjects have 3 x 3");
    }

    @Test
    void keepsTheReportWithinTheLimit() throws Exception {
        CohortDir d = CohortDir.create(tmp, 3);
        StringBuilder rows = new StringBuilder("participant_id\tdiagnosis\n");
        for (int i = 0; i < 80; i++) {
            rows.append("s").append(i).append("\tHC\n");
        }
        d.text("participants.tsv", rows.toString());
        DataException e = assertThrows(DataException.class,
                () -> CohortLoader.load(d.dir, new LoadOptions(false, 10, 1 << 20, null), null));
        assertEquals(10, e.problems().size());
        assertEquals(70, e.dropped());
        assertTrue(e.getMessage().contains("... and 70 more"), e.getMessage());
    }

    @Test
    void cancelsThroughTheMonitor() throws Exception {
        CohortDir d = valid();
        NullProgressMonitor m = new NullProgressMonitor();
        m.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> CohortLoader.load(d.dir, LoadOptions.defaults(), m));
    }

    @Test
    void readsEveryFormatPerSubject() throws Exception {
        double[][] m = CohortDir.symmetric(3, 9);
        CohortDir d = CohortDir.create(tmp, 3).participants("c HC 1", "t HC 1", "x HC 1", "m AD 1", "n AD 1")
                .text("connectomes/c.csv", "region,R1,R2,R3\nR1," + CohortDir.csvText(m, ",").replace("\n", "\nRx,"))
                .text("connectomes/t.tsv", CohortDir.csvText(m, "\t"))
                .text("connectomes/x.txt", CohortDir.csvText(m, "  "))
                .bytes("connectomes/n.npy", NpyWriter.write(new int[] {3, 3}, NpyWriter.flatten(m), ">f4", true, 1));
        MatFiles.write(d.path("connectomes/m.mat"), "W", MatFiles.matrix(m));
        String c = Files.readString(d.path("connectomes/c.csv"));
        d.text("connectomes/c.csv", c.substring(0, c.lastIndexOf("Rx,")));
        Cohort cohort = d.load();
        for (Subject s : cohort.subjects()) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals((float) m[i][j], (float) s.matrix().get(i, j), s.id());
                }
            }
        }
        assertEquals(List.of("CSV", "TSV", "MATLAB v5", "NumPy"), cohort.formats());
    }

    @Test
    void readsAStackedMatFileNamedByCohortJson() throws Exception {
        double[][] a = CohortDir.symmetric(3, 1);
        double[][] b = CohortDir.symmetric(3, 2);
        CohortDir d = CohortDir.create(tmp, 3).participants("p HC 1", "q AD 1");
        Files.delete(d.path("connectomes"));
        MatFiles.write(d.path("all.mat"), "conn", MatFiles.stack(a, b), "other", MatFiles.matrix(a));
        d.text("cohort.json", "{\"matrices\": {\"file\": \"all.mat\", \"variable\": \"conn\", \"layout\": \"stack\"}}");
        Cohort c = d.load();
        assertArrayEquals(b, c.subject("q").orElseThrow().matrix().toArray());
        assertEquals(List.of("MATLAB v5"), c.formats());
        d.text("cohort.json", "{\"matrices\": {\"file\": \"all.mat\", \"variable\": \"connectome\"}}");
        assertReports(d.refuse(), "all.mat: no variable 'connectome' in the file; it holds: conn (3x3x2 double), "
                + "other (3x3 double)");
        d.participants("p HC 1");
        d.text("cohort.json", "{\"matrices\": {\"file\": \"all.mat\", \"variable\": \"conn\"}}");
        assertReports(d.refuse(), "all.mat holds 2 matrices but participants.tsv lists 1 participants");
    }

    @Test
    void picksStackedMatricesByIndexColumn() throws Exception {
        double[][] a = CohortDir.symmetric(3, 1);
        double[][] b = CohortDir.symmetric(3, 2);
        double[][] c = CohortDir.symmetric(3, 3);
        CohortDir d = CohortDir.create(tmp, 3);
        d.text("participants.tsv", "participant_id\tdiagnosis\tcol\nx\tHC\t2\ny\tAD\t0\n");
        d.bytes("all.npy", NpyWriter.write(new int[] {3, 3, 3}, concat(a, b, c)));
        d.text("cohort.json", "{\"matrices\": {\"file\": \"all.npy\", \"index_column\": \"col\"}}");
        Cohort cohort = d.load();
        assertArrayEquals(c, cohort.subject("x").orElseThrow().matrix().toArray());
        assertArrayEquals(a, cohort.subject("y").orElseThrow().matrix().toArray());
        assertTrue(cohort.warnings().stream().anyMatch(w -> w.contains("1 of 3 matrices in all.npy belong to no "
                + "participant")), cohort.warnings().toString());
        assertTrue(cohort.warnings().stream().anyMatch(w -> w.contains("connectomes/ ignored")));
        d.text("participants.tsv", "participant_id\tdiagnosis\tcol\nx\tHC\t2\ny\tAD\t2\nz\tAD\t7\nw\tHC\tfirst\n");
        assertReports(d.refuse(), "line 3: participant 'y' uses matrix 2 of all.npy, as does 'x'",
                "line 4: col 7 is outside 0..2", "line 5: col must be a whole number, found 'first'");
    }

    private static double[] concat(double[][]... ms) {
        int n = ms[0].length;
        double[] v = new double[ms.length * n * n];
        for (int s = 0; s < ms.length; s++) {
            System.arraycopy(NpyWriter.flatten(ms[s]), 0, v, s * n * n, n * n);
        }
        return v;
    }
}
