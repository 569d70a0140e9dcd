package org.glia.core.color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks the built-in colour maps: endpoints, clamping, interpolation and monotone lightness. */
class ColorMapTest {

    @Test
    void endpointsAreTheFirstAndLastStops() {
        assertEquals(0x440154, BuiltinColorMaps.VIRIDIS.rgb(0));
        assertEquals(0xFDE725, BuiltinColorMaps.VIRIDIS.rgb(1));
        assertEquals(0x000004, BuiltinColorMaps.INFERNO.rgb(0));
        assertEquals(0xFCFFA4, BuiltinColorMaps.INFERNO.rgb(1));
        assertEquals(0xFFFFFF, BuiltinColorMaps.HOT.rgb(1));
        assertEquals(0x3B4CC0, BuiltinColorMaps.COOLWARM.rgb(0));
        assertEquals(0xB40426, BuiltinColorMaps.COOLWARM.rgb(1));
        assertEquals(0xDDDDDD, BuiltinColorMaps.COOLWARM.rgb(0.5), "diverging maps are neutral in the middle");
        assertEquals(0x000000, BuiltinColorMaps.GRAYSCALE.rgb(0));
        assertEquals(0xFFFFFF, BuiltinColorMaps.GRAYSCALE.rgb(1));
    }

    @Test
    void clampsOutOfRangeAndNaN() {
        for (ColorMap m : BuiltinColorMaps.all()) {
            assertEquals(m.rgb(0), m.rgb(-3), m.id());
            assertEquals(m.rgb(1), m.rgb(7), m.id());
            assertEquals(m.rgb(0), m.rgb(Double.NaN), m.id());
        }
    }

    @Test
    void interpolatesBetweenStops() {
        assertEquals(0x808080, BuiltinColorMaps.GRAYSCALE.rgb(0.5019608), "128/255 is mid grey");
        ColorRamp r = new ColorRamp("t", "T", false, new double[] {0, 0.25, 1}, new int[] {0x000000, 0xFF0000, 0xFF00FF});
        assertEquals(0x800000, r.rgb(0.125));
        assertEquals(0xFF0080, r.rgb(0.625));
    }

    @Test
    void sequentialMapsGetLighterAndDivergingOnesAreDarkAtBothEnds() {
        for (ColorMap m : BuiltinColorMaps.all()) {
            if (m.diverging()) {
                double mid = ColorMap.luminance(m.rgb(0.5));
                assertTrue(mid > ColorMap.luminance(m.rgb(0)) && mid > ColorMap.luminance(m.rgb(1)), m.id());
                continue;
            }
            double previous = -1;
            for (int i = 0; i <= 256; i++) {
                double y = ColorMap.luminance(m.rgb(i / 256.0));
                assertTrue(y >= previous - 1e-3, m.id() + " luminance falls at t=" + i / 256.0);
                previous = y;
            }
            assertTrue(ColorMap.luminance(m.rgb(1)) - ColorMap.luminance(m.rgb(0)) > 0.5, m.id());
        }
    }

    @Test
    void builtInsHaveTheDocumentedIdsAndKinds() {
        assertEquals(List.of("viridis", "inferno", "hot", "coolwarm", "grayscale"),
                BuiltinColorMaps.all().stream().map(ColorMap::id).toList());
        assertTrue(BuiltinColorMaps.COOLWARM.diverging());
        assertFalse(BuiltinColorMaps.VIRIDIS.diverging());
    }

    @Test
    void refusesBadStops() {
        assertThrows(IllegalArgumentException.class, () -> new ColorRamp("x", "X", false, new double[] {0}, new int[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> new ColorRamp("x", "X", false, new double[] {0, 0.5, 0.5, 1}, new int[] {0, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new ColorRamp("x", "X", false, new double[] {0.1, 1}, new int[] {0, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new ColorRamp("x", "X", false, new double[] {0, 1}, new int[] {0, 0x1000000}));
    }
}
