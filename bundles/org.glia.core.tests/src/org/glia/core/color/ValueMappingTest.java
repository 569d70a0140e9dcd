package org.glia.core.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks value mappings: linear, log, gamma, clamping, NaN, signed positions and inverses. */
class ValueMappingTest {

    private static final double EPS = 1e-12;

    @Test
    void linearMapsTheRangeOntoUnitInterval() {
        ValueMapping m = ValueMapping.linear(2, 6);
        assertEquals(0, m.map(2), EPS);
        assertEquals(0.25, m.map(3), EPS);
        assertEquals(1, m.map(6), EPS);
        assertEquals("linear", m.label());
    }

    @Test
    void clampsOutsideTheRangeAndKeepsNaN() {
        ValueMapping m = ValueMapping.linear(-1, 1);
        assertEquals(0, m.map(-50), EPS);
        assertEquals(1, m.map(50), EPS);
        assertEquals(1, m.map(Double.POSITIVE_INFINITY), EPS);
        assertTrue(Double.isNaN(m.map(Double.NaN)));
    }

    @Test
    void logSpacesDecadesEvenly() {
        ValueMapping m = ValueMapping.log(0.001, 1);
        assertEquals(0, m.map(0.001), EPS);
        assertEquals(1.0 / 3, m.map(0.01), EPS);
        assertEquals(2.0 / 3, m.map(0.1), EPS);
        assertEquals(0, m.map(0), EPS, "values below min clamp to 0");
        assertEquals(0.1, m.inverse(2.0 / 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ValueMapping.log(0, 1));
    }

    @Test
    void gammaBendsTheLinearPosition() {
        ValueMapping m = ValueMapping.gamma(0, 10, 0.5);
        assertEquals(0.5, m.map(2.5), EPS);
        assertEquals(2.5, m.inverse(0.5), EPS);
        assertEquals("gamma 0.5", m.label());
        assertThrows(IllegalArgumentException.class, () -> ValueMapping.gamma(0, 1, 0));
    }

    @Test
    void signedValuesCentreOnZero() {
        ValueMapping m = ValueMapping.linear(-2, 4);
        assertEquals(0.5, m.mapSigned(0), EPS);
        assertEquals(1, m.mapSigned(4), EPS);
        assertEquals(0, m.mapSigned(-4), EPS, "the limit is the larger magnitude, both ways");
        assertEquals(0.25, m.mapSigned(-2), EPS);
        assertEquals(-2, m.inverseSigned(0.25), EPS);
        assertTrue(Double.isNaN(m.mapSigned(Double.NaN)));
        ValueMapping g = ValueMapping.gamma(-1, 1, 2);
        assertEquals(0.5 + 0.5 * 0.25, g.mapSigned(0.5), EPS);
        assertEquals(0.5 - 0.5 * 0.25, g.mapSigned(-0.5), EPS);
    }

    @Test
    void linearInverseAndFit() {
        ValueMapping m = ValueMapping.linear(10, 20);
        for (double t = 0; t <= 1; t += 0.125) {
            assertEquals(t, m.map(m.inverse(t)), 1e-12);
        }
        ValueMapping fit = ValueMapping.linearOver(new double[] {3, Double.NaN, -1, 7});
        assertEquals(-1, fit.min(), EPS);
        assertEquals(7, fit.max(), EPS);
        ValueMapping flat = ValueMapping.linearOver(new double[] {2, 2});
        assertTrue(flat.min() < 2 && flat.max() > 2);
        assertThrows(IllegalArgumentException.class, () -> ValueMapping.linear(1, 1));
    }
}
