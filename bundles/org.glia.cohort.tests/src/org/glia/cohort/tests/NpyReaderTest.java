package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.internal.readers.NpyReader;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NumPy .npy: dtypes, byte orders, C and Fortran order, versions, refusals. */
class NpyReaderTest {

    @TempDir
    Path tmp;

    private NumericArray read(byte[] bytes) throws IOException, DataException {
        Path f = tmp.resolve("m.npy");
        Files.write(f, bytes);
        return new NpyReader().read(new MatrixSource(f, null, 0, 1 << 24));
    }

    private String refusal(byte[] bytes) throws IOException {
        Path f = tmp.resolve("bad.npy");
        Files.write(f, bytes);
        return assertThrows(DataException.class, () -> new NpyReader().read(new MatrixSource(f, null, 0, 1 << 24)))
                .getMessage();
    }

    private static double[] values(NumericArray a) {
        double[] v = new double[a.length()];
        Arrays.setAll(v, a::at);
        return v;
    }

    @ParameterizedTest(name = "{0} fortran={1} v{2}")
    @CsvSource({"<f8,false,1", ">f8,false,1", "<f4,false,1", ">f4,true,1", "<f8,true,2", ">f8,true,2"})
    void readsFloatArraysInEveryOrder(String descr, boolean fortran, int version) throws Exception {
        double[] c = {0, 1, 2.5, 1, 0, 3, 2.5, 3, 0, 7, 8, 9};
        NumericArray a = read(NpyWriter.write(new int[] {3, 4}, c, descr, fortran, version));
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertArrayEquals(c, values(a));
    }

    @Test
    void readsThreeDimensionalFortranStacks() throws Exception {
        double[] c = new double[2 * 3 * 4];
        Arrays.setAll(c, i -> i);
        NumericArray a = read(NpyWriter.write(new int[] {2, 3, 4}, c, "<f8", true, 1));
        assertArrayEquals(new int[] {2, 3, 4}, a.shape());
        assertArrayEquals(c, values(a));
    }

    @Test
    void refusesOtherDtypes() throws IOException {
        String m = refusal(NpyWriter.write(new int[] {2, 2}, new double[] {0, 1, 1, 0}, "<i4", false, 1));
        assertTrue(m.contains("dtype '<i4' is not supported"), m);
    }

    @Test
    void refusesTruncatedDataAndBadMagicAndEmpty() throws IOException {
        byte[] ok = NpyWriter.write(new int[] {3, 3}, new double[9]);
        String m = refusal(Arrays.copyOf(ok, ok.length - 8));
        assertTrue(m.contains("needs 72 data bytes but the file has 64 (truncated)"), m);
        assertTrue(refusal("hello world, not numpy".getBytes()).contains("magic"));
        assertTrue(refusal(new byte[0]).contains("empty file"));
        assertTrue(refusal(Arrays.copyOf(ok, 20)).contains("truncated .npy header"));
    }

    @Test
    void refusesForgedHugeShapeWithoutAllocating() throws IOException {
        byte[] forged = NpyWriter.write(new int[] {2000000000, 2000000000, 2000000000}, new double[0], "<f8", false, 1);
        assertTrue(refusal(forged).contains("data bytes but the file has 0"));
    }
}
