package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.internal.readers.CsvReader;
import org.glia.cohort.internal.readers.TsvReader;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV/TSV matrices: header and label-column detection, bad cells, empty and compressed files. */
class DelimitedReaderTest {

    @TempDir
    Path tmp;

    private NumericArray csv(String text, int expected) throws IOException, DataException {
        Path f = tmp.resolve("m.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new CsvReader().read(new MatrixSource(f, null, expected, 1 << 20));
    }

    private DataException csvFails(String text) throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return assertThrows(DataException.class, () -> new CsvReader().read(new MatrixSource(f, null, 3, 1 << 20)));
    }

    private static double[] values(NumericArray a) {
        double[] v = new double[a.length()];
        Arrays.setAll(v, a::at);
        return v;
    }

    private static final double[] M = {0, 1, 2, 1, 0, 3, 2, 3, 0};

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain numbers|0,1,2\\n1,0,3\\n2,3,0\\n",
        "text header|A,B,C\\n0,1,2\\n1,0,3\\n2,3,0\\n",
        "label column|A,0,1,2\\nB,1,0,3\\nC,2,3,0\\n",
        "header and labels|region,A,B,C\\nA,0,1,2\\nB,1,0,3\\nC,2,3,0\\n",
        "blank corner numeric names|,1,2,3\\n1,0,1,2\\n2,1,0,3\\n3,2,3,0\\n",
        "text corner numeric names|id,1,2,3\\n1,0,1,2\\n2,1,0,3\\n3,2,3,0\\n",
        "numeric header by shape|1,2,3\\n0,1,2\\n1,0,3\\n2,3,0\\n",
        "numeric label column by shape|1,0,1,2\\n2,1,0,3\\n3,2,3,0\\n",
        "quoted cells and CRLF|\"A\",\"B\",\"C\"\\r\\n\"0\",1,2\\r\\n1,0,3\\r\\n2,3,0\\r\\n",
        "blank lines and BOM|\uFEFF0,1,2\\n\\n1,0,3\\n2,3,0\\n\\n",
    })
    void detectsHeaderAndLabels(String name, String text) throws Exception {
        NumericArray a = csv(text.replace("\\n", "\n").replace("\\r", "\r"), 3);
        assertArrayEquals(new int[] {3, 3}, a.shape(), name);
        assertArrayEquals(M, values(a), name);
    }

    @Test
    void numericHeaderAndLabelsNeedTheRegionCount() throws Exception {
        String both = "9,1,2,3\n1,0,1,2\n2,1,0,3\n3,2,3,0\n";
        assertArrayEquals(new int[] {3, 3}, csv(both, 3).shape(), "with N = 3 the 4 x 4 file has both");
        assertArrayEquals(new int[] {4, 4}, csv(both, 0).shape(), "without N a square file is data");
        assertArrayEquals(new int[] {3, 3}, csv("1,2,3\n0,1,2\n1,0,3\n2,3,0\n", 0).shape(),
                "one row more than columns: header, even without N");
    }

    @Test
    void acceptsExponentsSignsAndNonFiniteSpellings() throws Exception {
        NumericArray a = csv("1e-3,+2.5,.5\nNaN,-inf,Infinity\nnan,1E2,0.\n", 3);
        double[] v = values(a);
        assertEquals(1e-3, v[0]);
        assertEquals(2.5, v[1]);
        assertTrue(Double.isNaN(v[3]));
        assertEquals(Double.NEGATIVE_INFINITY, v[4]);
        assertEquals(Double.POSITIVE_INFINITY, v[5]);
        assertEquals(100, v[7]);
    }

    @Test
    void reportsEveryBadCellWithLineAndField() throws IOException {
        DataException e = csvFails("0,1,2\n1,x,3\n2,3\n4,,0\n");
        String msg = e.getMessage();
        assertTrue(msg.contains("line 2, field 2: not a number: 'x'"), msg);
        assertTrue(msg.contains("line 3: 2 fields, expected 3"), msg);
        assertTrue(msg.contains("line 4, field 2: empty cell"), msg);
        assertEquals(3, e.problems().size());
    }

    @Test
    void refusesEmptyFile() throws IOException {
        assertTrue(csvFails("").getMessage().contains("empty file"));
        assertTrue(csvFails("\n  \n").getMessage().contains("empty file"));
    }

    @Test
    void readsWhitespaceSeparatedTextAsTsv() throws Exception {
        Path f = tmp.resolve("m.txt");
        Files.writeString(f, "  0   1 2\n1 0 3\n2  3   0\n");
        NumericArray a = new TsvReader().read(new MatrixSource(f, null, 3, 1 << 20));
        assertArrayEquals(M, values(a));
        Path t = tmp.resolve("m.tsv");
        Files.writeString(t, "\tA\tB\tC\nA\t0\t1\t2\nB\t1\t0\t3\nC\t2\t3\t0\n");
        assertArrayEquals(M, values(new TsvReader().read(new MatrixSource(t, null, 3, 1 << 20))));
    }

    @Test
    void readsGzipAndRefusesTruncatedGzip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("0,1,2\n1,0,3\n2,3,0\n".repeat(1).getBytes(StandardCharsets.US_ASCII));
        }
        Path f = tmp.resolve("m.csv.gz");
        Files.write(f, bytes.toByteArray());
        assertArrayEquals(M, values(new CsvReader().read(new MatrixSource(f, null, 3, 1 << 20))));
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 12);
        Path t = tmp.resolve("t.csv.gz");
        Files.write(t, cut);
        DataException e = assertThrows(DataException.class,
                () -> new CsvReader().read(new MatrixSource(t, null, 3, 1 << 20)));
        assertTrue(e.getMessage().contains("truncated or corrupt gzip"), e.getMessage());
        assertTrue(e.getMessage().contains("t.csv.gz"), e.getMessage());
    }

    @Test
    void boundsDecompressedSize() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new byte[4 << 20]);
        }
        Path f = tmp.resolve("bomb.csv.gz");
        Files.write(f, bytes.toByteArray());
        DataException e = assertThrows(DataException.class,
                () -> new CsvReader().read(new MatrixSource(f, null, 3, 1 << 20)));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }
}
