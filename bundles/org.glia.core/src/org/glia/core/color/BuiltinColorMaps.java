package org.glia.core.color;

import java.util.List;
import java.util.Optional;

/**
 * Glia's own colour maps, available with or without OSGi. The stops sample the published definitions of
 * viridis and inferno (matplotlib's perceptually uniform maps), matplotlib's "hot", Moreland's
 * cool-to-warm diverging map, and a grey ramp.
 */
public final class BuiltinColorMaps {

    /** Dark purple through blue and green to yellow; sequential, perceptually uniform, colour-blind safe. */
    public static final ColorMap VIRIDIS = ColorRamp.even("viridis", "Viridis", false, 0x440154, 0x472C7A,
            0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, 0x5CC863, 0xAADC32, 0xFDE725);

    /** Black through purple and red to pale yellow; sequential, perceptually uniform. */
    public static final ColorMap INFERNO = ColorRamp.even("inferno", "Inferno", false, 0x000004, 0x1F0C48,
            0x550F6D, 0x88226A, 0xBA3655, 0xE35933, 0xF98E09, 0xF9CB35, 0xFCFFA4);

    /** Black, red, yellow, white (red rises first, then green, then blue); sequential. */
    public static final ColorMap HOT = new ColorRamp("hot", "Hot", false, new double[] {0, 0.375, 0.75, 1},
            new int[] {0x0A0000, 0xFF0000, 0xFFFF00, 0xFFFFFF});

    /** Blue through light grey to red; diverging, for signed values centred on 0. */
    public static final ColorMap COOLWARM = ColorRamp.even("coolwarm", "Cool-warm", true, 0x3B4CC0, 0x6788EE,
            0x9ABBFF, 0xC9D7F0, 0xDDDDDD, 0xF2CBB7, 0xF7A889, 0xE26952, 0xB40426);

    /** Black to white. */
    public static final ColorMap GRAYSCALE = ColorRamp.even("grayscale", "Grayscale", false, 0x000000, 0xFFFFFF);

    private static final List<ColorMap> ALL = List.of(VIRIDIS, INFERNO, HOT, COOLWARM, GRAYSCALE);

    private BuiltinColorMaps() {
    }

    /** The built-in maps: viridis, inferno, hot, coolwarm, grayscale. */
    public static List<ColorMap> all() {
        return ALL;
    }

    /** The built-in map with this id. */
    public static Optional<ColorMap> byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
