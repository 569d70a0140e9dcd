package org.glia.render.tests;

import static org.glia.render.tests.SyntheticAtlas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.glia.core.color.BuiltinColorMaps;
import org.glia.core.color.ValueMapping;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.RegionLook;
import org.glia.render.StandardView;
import org.glia.render.ThresholdMode;
import org.glia.render.internal.DrawList;
import org.junit.jupiter.api.Test;

/** Region looks from values, colour maps, thresholds and opacities, and the draw order; no GL. */
class BrainSceneTest {

    private static BrainScene scene() {
        BrainScene s = new BrainScene(meshes(), LABELS);
        s.setValues(new double[] {0, 0.25, 0.5, 1, Double.NaN});
        return s;
    }

    @Test
    void theSyntheticAtlasHasAllFiveRegions() {
        assertEquals(5, meshes().meshes().size());
        double[] c = meshes().centroids().get(CUBE_L);
        assertEquals(-25, c[0], 1.5);
        assertEquals(-13, c[1], 1.5);
    }

    @Test
    void valuesBecomeColourMapColoursAndNaNIsNeutral() {
        BrainScene s = scene();
        assertEquals(BuiltinColorMaps.VIRIDIS.rgb(0.25), s.look(CUBE_R).rgb());
        assertEquals(BuiltinColorMaps.VIRIDIS.rgb(1), s.look(FRONT_R).rgb());
        assertEquals(BrainScene.NEUTRAL, s.look(SPHERE).rgb());
        assertEquals(1, s.look(SPHERE).alpha());
        s.setMapping(ValueMapping.linear(0, 0.5));
        assertEquals(BuiltinColorMaps.VIRIDIS.rgb(1), s.look(FRONT_L).rgb(), "values clamp to the range");
    }

    @Test
    void divergingMapsCentreOnZeroAndThresholdMagnitudes() {
        BrainScene s = scene();
        s.setColorMap(BuiltinColorMaps.COOLWARM);
        s.setValue(CUBE_L, -0.5);
        s.fitMapping();
        assertEquals(-1, s.mapping().min(), 1e-12);
        assertEquals(1, s.mapping().max(), 1e-12);
        assertEquals(BuiltinColorMaps.COOLWARM.rgb(0.25), s.look(CUBE_L).rgb());
        s.setThreshold(0.4, ThresholdMode.HIDE);
        assertTrue(s.look(CUBE_L).visible(), "|-0.5| is above 0.4");
        assertFalse(s.look(CUBE_R).visible());
    }

    @Test
    void thresholdHidesOrTurnsToGlass() {
        BrainScene s = scene();
        s.setThreshold(0.3, ThresholdMode.HIDE);
        assertFalse(s.look(CUBE_L).visible());
        assertFalse(s.look(CUBE_R).visible());
        assertTrue(s.look(FRONT_L).visible());
        assertTrue(s.look(SPHERE).visible(), "regions without a value are never below the threshold");
        s.setThreshold(0.3, ThresholdMode.GLASS);
        RegionLook glass = s.look(CUBE_L);
        assertTrue(glass.visible() && glass.glass() && glass.translucent());
        assertEquals(BrainScene.GLASS_ALPHA, glass.alpha(), 1e-12);
        s.setThreshold(Double.NaN, ThresholdMode.GLASS);
        assertFalse(s.look(CUBE_L).glass());
    }

    @Test
    void opacitiesMultiply() {
        BrainScene s = scene();
        s.setOpacity(0.5);
        s.setRegionOpacity(CUBE_R, 0.5);
        assertEquals(0.25, s.look(CUBE_R).alpha(), 1e-12);
        assertEquals(0.5, s.look(CUBE_L).alpha(), 1e-12);
        s.setRegionOpacity(CUBE_L, 0);
        assertFalse(s.look(CUBE_L).visible());
        assertThrows(IllegalArgumentException.class, () -> s.setRegionOpacity(99, 1));
    }

    @Test
    void topRegionsSkipHiddenAndValuelessRegions() {
        BrainScene s = scene();
        assertEquals(List.of(FRONT_R, FRONT_L, CUBE_R), s.topRegions(3));
        s.setThreshold(0.3, ThresholdMode.GLASS);
        assertEquals(List.of(FRONT_R, FRONT_L), s.topRegions(10));
        assertEquals("Front_R", s.name(FRONT_R));
        assertEquals("region 42", s.name(42));
    }

    @Test
    void setValuesFollowsTheLabelTableRowsAndChangesTheRevision() {
        BrainScene s = scene();
        long r = s.revision();
        s.setHighlighted(OptionalInt.of(SPHERE));
        assertTrue(s.revision() > r);
        assertEquals(0.5, s.value(FRONT_L));
        assertThrows(IllegalArgumentException.class, () -> s.setValues(new double[3]));
    }

    @Test
    void translucentRegionsAreDrawnBackToFrontAfterOpaqueOnesFrontToBack() {
        BrainScene s = scene();
        s.setRegionOpacity(CUBE_L, 0.5);
        s.setRegionOpacity(CUBE_R, 0.5);
        Camera left = new Camera(meshes().boundsMin(), meshes().boundsMax());
        left.view(StandardView.LEFT);
        DrawList d = DrawList.of(s, left);
        assertEquals(List.of(CUBE_R, CUBE_L), d.translucent().stream().map(DrawList.Entry::index).toList(),
                "from the left, the right cube is farther and comes first");
        assertEquals(FRONT_L, d.opaque().get(0).index(), "nearest opaque first");
        assertEquals(3, d.opaque().size());
    }
}
