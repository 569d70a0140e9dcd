package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.glia.cohort.MatrixLayout;
import org.glia.cohort.NumericArray;
import org.glia.cohort.SubjectAxis;
import org.glia.cohort.internal.LayoutDecoder;
import org.glia.cohort.internal.RawMatrix;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;

/** Cutting arrays into matrices: triangles in both orientations, stacks on both axes, squeezing. */
class LayoutDecoderTest {

    private static final Path F = Path.of("x.mat");

    /** Two 3-region subjects as upper triangles with diagonal, row by row: (0,0) (0,1) (0,2) (1,1) (1,2) (2,2). */
    private static final double[][] TRI = {{9, 1, 2, 8, 3, 7}, {19, 11, 12, 18, 13, 17}};

    private static void assertSubject(RawMatrix m, double base) {
        assertEquals(3, m.rows());
        assertEquals(9 + base, m.get(0, 0));
        assertEquals(1 + base, m.get(0, 1));
        assertEquals(1 + base, m.get(1, 0));
        assertEquals(2 + base, m.get(2, 0));
        assertEquals(8 + base, m.get(1, 1));
        assertEquals(3 + base, m.get(2, 1));
        assertEquals(7 + base, m.get(2, 2));
    }

    @Test
    void decodesTrianglesWithSubjectsAsRowsOrColumns() throws DataException {
        NumericArray rows = NumericArray.ofRows(2, 6, new double[] {9, 1, 2, 8, 3, 7, 19, 11, 12, 18, 13, 17});
        List<RawMatrix> a = new LayoutDecoder(F, 3).all(rows, MatrixLayout.AUTO, null);
        assertEquals(2, a.size());
        assertSubject(a.get(0), 0);
        assertSubject(a.get(1), 10);
        double[] t = new double[12];
        for (int k = 0; k < 6; k++) {
            t[k * 2] = TRI[0][k];
            t[k * 2 + 1] = TRI[1][k];
        }
        List<RawMatrix> b = new LayoutDecoder(F, 3).all(new NumericArray(new int[] {6, 2}, t, SubjectAxis.LAST),
                MatrixLayout.UPPER_TRI_DIAG, null);
        assertSubject(b.get(0), 0);
        assertSubject(b.get(1), 10);
    }

    @Test
    void decodesTrianglesWithoutDiagonal() throws DataException {
        NumericArray a = NumericArray.ofRows(1, 3, new double[] {1, 2, 3});
        List<RawMatrix> m = new LayoutDecoder(F, 3).all(a, MatrixLayout.AUTO, null);
        assertEquals(0, m.get(0).get(1, 1));
        assertEquals(3, m.get(0).get(2, 1));
        RawMatrix single = new LayoutDecoder(F, 3).single(new NumericArray(new int[] {3}, new double[] {1, 2, 3},
                SubjectAxis.FIRST), MatrixLayout.AUTO);
        assertEquals(2, single.get(2, 0));
    }

    @Test
    void decodesStacksOnEitherAxis() throws DataException {
        double[] last = new double[3 * 3 * 2];
        double[] first = new double[2 * 3 * 3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int s = 0; s < 2; s++) {
                    last[(i * 3 + j) * 2 + s] = 100 * s + 10 * i + j;
                    first[(s * 3 + i) * 3 + j] = 100 * s + 10 * i + j;
                }
            }
        }
        for (NumericArray a : List.of(new NumericArray(new int[] {3, 3, 2}, last, SubjectAxis.FIRST),
                new NumericArray(new int[] {2, 3, 3}, first, SubjectAxis.LAST))) {
            List<RawMatrix> m = new LayoutDecoder(F, 3).all(a, MatrixLayout.AUTO, null);
            assertEquals(2, m.size());
            assertEquals(112, m.get(1).get(1, 2));
            assertEquals(21, m.get(0).get(2, 1));
        }
    }

    @Test
    void squeezesSingletonAxesOfPerSubjectFiles() throws DataException {
        RawMatrix m = new LayoutDecoder(F, 2).single(new NumericArray(new int[] {1, 2, 2}, new double[] {0, 1, 1, 0},
                SubjectAxis.FIRST), MatrixLayout.AUTO);
        assertEquals(2, m.rows());
        assertEquals(1, m.get(0, 1));
    }

    @Test
    void refusesVectorsOfTheWrongLength() {
        String msg = assertThrows(DataException.class, () -> new LayoutDecoder(F, 4).all(
                NumericArray.ofRows(5, 7, new double[35]), MatrixLayout.UPPER_TRI_DIAG, null)).getMessage();
        assertTrue(msg.contains("neither extent of the 5 x 7 array is 10"), msg);
        NumericArray stack = new NumericArray(new int[] {2, 3, 3}, new double[18], SubjectAxis.FIRST);
        String single = assertThrows(DataException.class,
                () -> new LayoutDecoder(F, 0).single(stack, MatrixLayout.AUTO)).getMessage();
        assertTrue(single.contains("one 2-D matrix"), single);
    }
}
