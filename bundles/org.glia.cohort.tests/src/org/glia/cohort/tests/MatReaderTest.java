package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.internal.readers.MatReader;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import us.hebi.matlab.mat.format.Mat5;

/** MATLAB v5 files written with mfl-core: variables, stacks and refusals. */
class MatReaderTest {

    @TempDir
    Path tmp;

    private static final double[][] A = {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}};
    private static final double[][] B = {{0, 4, 5}, {4, 0, 6}, {5, 6, 0}};

    private static NumericArray read(Path f, String variable) throws DataException {
        return new MatReader().read(new MatrixSource(f, variable, 3, 1 << 24));
    }

    private static double[] values(NumericArray a) {
        double[] v = new double[a.length()];
        Arrays.setAll(v, a::at);
        return v;
    }

    @Test
    void readsTheOnlyNumericVariableInRowOrder() throws Exception {
        Path f = MatFiles.write(tmp.resolve("a.mat"), "W", MatFiles.matrix(new double[][] {{1, 2, 3}, {4, 5, 6}}),
                "note", Mat5.newString("hello"));
        NumericArray a = read(f, null);
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, values(a));
    }

    @Test
    void readsThreeDimensionalStacks() throws Exception {
        Path f = MatFiles.write(tmp.resolve("s.mat"), "conn", MatFiles.stack(A, B));
        NumericArray a = read(f, "conn");
        assertArrayEquals(new int[] {3, 3, 2}, a.shape());
        assertEquals(3, a.at((1 * 3 + 2) * 2));      // A[1][2]
        assertEquals(6, a.at((1 * 3 + 2) * 2 + 1));  // B[1][2]
    }

    @Test
    void refusesAWrongVariableNameListingWhatIsThere() throws Exception {
        Path f = MatFiles.write(tmp.resolve("a.mat"), "W", MatFiles.matrix(A));
        String m = assertThrows(DataException.class, () -> read(f, "connectivity")).getMessage();
        assertTrue(m.contains("no variable 'connectivity' in the file; it holds: W (3x3 double)"), m);
        assertTrue(m.contains("a.mat"), m);
    }

    @Test
    void refusesSeveralNumericVariablesWithoutAName() throws Exception {
        Path f = MatFiles.write(tmp.resolve("two.mat"), "A", MatFiles.matrix(A), "B", MatFiles.matrix(B));
        String m = assertThrows(DataException.class, () -> read(f, null)).getMessage();
        assertTrue(m.contains("several numeric variables (A, B)"), m);
        assertArrayEquals(new double[] {0, 4, 5, 4, 0, 6, 5, 6, 0}, values(read(f, "B")));
    }

    @Test
    void refusesNonNumericVariable() throws Exception {
        Path f = MatFiles.write(tmp.resolve("c.mat"), "names", Mat5.newString("abc"));
        String m = assertThrows(DataException.class, () -> read(f, "names")).getMessage();
        assertTrue(m.contains("not a real numeric matrix"), m);
    }

    @Test
    void refusesEmptyTruncatedForeignAndV73Files() throws Exception {
        Path empty = Files.write(tmp.resolve("e.mat"), new byte[0]);
        assertTrue(assertThrows(DataException.class, () -> read(empty, null)).getMessage().contains("empty file"));
        Path ok = MatFiles.write(tmp.resolve("ok.mat"), "W", MatFiles.matrix(CohortDir.symmetric(40, 3)));
        byte[] bytes = Files.readAllBytes(ok);
        Path cut = Files.write(tmp.resolve("cut.mat"), Arrays.copyOf(bytes, bytes.length / 2));
        String m = assertThrows(DataException.class, () -> read(cut, null)).getMessage();
        assertTrue(m.contains("cut.mat") && m.contains("unreadable or truncated"), m);
        Path text = Files.writeString(tmp.resolve("t.mat"), "0,1\n1,0\n".repeat(40));
        assertTrue(assertThrows(DataException.class, () -> read(text, null)).getMessage().contains("not a MATLAB v5"));
        byte[] h = new byte[512];
        byte[] sig = "MATLAB 7.3 MAT-file, Platform: GLNXA64".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(sig, 0, h, 0, sig.length);
        Path v73 = Files.write(tmp.resolve("h.mat"), h);
        assertTrue(assertThrows(DataException.class, () -> read(v73, null)).getMessage().contains("v7.3 (HDF5)"));
    }

    @Test
    void boundsCompressedVariablesBeforeAllocating() throws Exception {
        Path f = MatFiles.write(tmp.resolve("zeros.mat"), "W", MatFiles.matrix(new double[400][400]));
        long size = Files.size(f);
        assertTrue(size < 64_000, "compressed: " + size);
        String m = assertThrows(DataException.class,
                () -> new MatReader().read(new MatrixSource(f, null, 400, 64_000))).getMessage();
        assertTrue(m.contains("needs more than the limit of 64000 bytes"), m);
    }

    @Test
    void complexMatricesAreRefused() throws IOException {
        var z = Mat5.newComplex(2, 2);
        Path f = MatFiles.write(tmp.resolve("z.mat"), "Z", z);
        assertThrows(DataException.class, () -> read(f, null));
    }
}
