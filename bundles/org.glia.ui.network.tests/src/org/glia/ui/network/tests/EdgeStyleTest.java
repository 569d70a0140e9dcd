package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.internal.graph.EdgeStyle;
import org.junit.jupiter.api.Test;

/** |weight| gives intensity and opacity through the value mapping; the sign picks the warm or cool side. */
class EdgeStyleTest {

    private final EdgeStyle style = EdgeStyle.of(NetworkDisplaySettings.DEFAULT, new double[] {2.0});

    @Test
    void automaticMappingIsLinearUpToTheLargestWeight() {
        assertEquals(0, style.intensity(0, 0));
        assertEquals(0.5, style.intensity(0, 1.0), 1e-12);
        assertEquals(0.5, style.intensity(0, -1.0), 1e-12);
        assertEquals(1, style.intensity(0, 2.0));
        assertEquals(1, style.intensity(0, 5.0), "clamped");
    }

    @Test
    void strongerEdgesAreMoreOpaque() {
        int previous = -1;
        for (double w = 0; w <= 2; w += 0.1) {
            int a = style.alpha(0, w);
            assertTrue(a >= previous);
            previous = a;
        }
        assertEquals(255, style.alpha(0, 2));
        assertEquals(Math.round(255 * EdgeStyle.MIN_ALPHA), style.alpha(0, 0));
    }

    @Test
    void positiveIsWarmNegativeIsCool() {
        int pos = style.rgb(0, 1.8);
        int neg = style.rgb(0, -1.8);
        assertTrue(ColorMap.red(pos) > ColorMap.blue(pos), Integer.toHexString(pos));
        assertTrue(ColorMap.blue(neg) > ColorMap.red(neg), Integer.toHexString(neg));
        assertEquals(style.alpha(0, 1.8), style.alpha(0, -1.8), "opacity depends on |w| only");
    }

    @Test
    void bucketsSeparateSignAndLevel() {
        assertEquals(2 * EdgeStyle.LEVELS, style.buckets());
        assertEquals(EdgeStyle.LEVELS - 1, style.bucket(0, -2));
        assertEquals(2 * EdgeStyle.LEVELS - 1, style.bucket(0, 2));
        assertEquals(EdgeStyle.LEVELS, style.bucket(0, 0));
        assertEquals(0, style.bucket(0, -1e-9));
        for (int b = 1; b < EdgeStyle.LEVELS; b++) {
            assertTrue(style.bucketAlpha(b) > style.bucketAlpha(b - 1));
        }
        int warm = style.bucketRgb(2 * EdgeStyle.LEVELS - 1);
        assertTrue(ColorMap.red(warm) > ColorMap.blue(warm));
    }

    @Test
    void logMappingSpreadsSmallWeightsAndClampsBelowMin() {
        EdgeStyle log = EdgeStyle.of(NetworkDisplaySettings.DEFAULT.withEdgeMapping(ValueMapping.log(0.001, 1)), new double[] {2});
        assertEquals(0, log.intensity(0, 0.0001));
        assertEquals(1.0 / 3, log.intensity(0, 0.01), 1e-9);
        assertEquals(1, log.intensity(0, 1.5));
        EdgeStyle gamma = EdgeStyle.of(NetworkDisplaySettings.DEFAULT.withEdgeMapping(ValueMapping.gamma(0, 1, 0.5)), new double[] {2});
        assertEquals(0.5, gamma.intensity(0, -0.25), 1e-12);
    }

    @Test
    void sequentialMapUsesIntensityOnly() {
        EdgeStyle s = EdgeStyle.of(NetworkDisplaySettings.DEFAULT.withColorMaps("viridis", "viridis"), new double[] {1});
        assertEquals(s.rgb(0, 0.7), s.rgb(0, -0.7));
        assertEquals(s.colorMap().rgb(0.7), s.rgb(0, 0.7));
    }

    @Test
    void automaticMappingIsPerLayerPair() {
        EdgeStyle auto = EdgeStyle.of(NetworkDisplaySettings.DEFAULT, new double[] {0.25, 2});
        assertTrue(auto.isPerPair());
        assertEquals(1, auto.intensity(0, 0.25));
        assertEquals(0.125, auto.intensity(1, 0.25), 1e-12);
        EdgeStyle global = EdgeStyle.of(NetworkDisplaySettings.DEFAULT.withEdgeMapping(ValueMapping.linear(0, 2)),
                new double[] {0.25, 2});
        assertFalse(global.isPerPair());
        assertEquals(global.intensity(0, 0.25), global.intensity(1, 0.25));
    }

    @Test
    void unknownColourMapFallsBackToCoolWarm() {
        EdgeStyle s = EdgeStyle.of(NetworkDisplaySettings.DEFAULT.withColorMaps("nope", "viridis"), new double[] {1});
        assertEquals("coolwarm", s.colorMap().id());
    }
}
