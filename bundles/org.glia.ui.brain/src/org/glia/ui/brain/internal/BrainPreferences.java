package org.glia.ui.brain.internal;

import org.glia.atlas.MeshOptions;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.ui.GliaPreferences;

/**
 * The user's defaults the brain view starts with ({@link GliaPreferences}): the colour map, the diverging colour
 * map of difference maps and the atlas triangle budget. A stored value that is not usable gives the default.
 */
public final class BrainPreferences {

    private BrainPreferences() {
    }

    /** The colour map of importance maps. */
    public static ColorMap colorMap() {
        return map(GliaPreferences.COLOR_MAP, false);
    }

    /** The diverging colour map of difference maps. */
    public static ColorMap divergingMap() {
        return map(GliaPreferences.DIVERGING_COLOR_MAP, true);
    }

    /** The triangles of the whole atlas surface (at least a few thousand, so every region keeps a shape). */
    public static int triangleBudget() {
        int budget = read(GliaPreferences.TRIANGLE_BUDGET);
        return budget >= 1000 ? budget : MeshOptions.defaults().triangleBudget();
    }

    private static ColorMap map(String key, boolean diverging) {
        String id;
        try {
            id = GliaPreferences.get(key);
        } catch (RuntimeException | LinkageError e) {
            // no preference service (plain unit tests): the documented default
            id = GliaPreferences.defaultOf(key);
        }
        ColorMap fallback = ColorMaps.find(GliaPreferences.defaultOf(key)).orElse(ColorMaps.defaultMap());
        ColorMap map = ColorMaps.find(id.trim()).orElse(fallback);
        return diverging && !map.diverging() ? fallback : map;
    }

    private static int read(String key) {
        try {
            return GliaPreferences.getInt(key);
        } catch (RuntimeException | LinkageError e) {
            return Integer.parseInt(GliaPreferences.defaultOf(key));
        }
    }
}
