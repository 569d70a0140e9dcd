package org.glia.ui.regions.internal.heatmap;

import java.util.Objects;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.color.ValueMapping;
import org.glia.ui.GliaPreferences;

/**
 * How a heatmap's values become colours: linearly over their range with a sequential map, or symmetrically
 * around zero ({@code -L .. L}, L the largest magnitude) with a diverging map for signed values. Cells without a
 * value are light grey.
 */
public final class HeatmapColors {

    /** The colour of a cell without a value. */
    public static final int NO_VALUE = 0xDDDDDD;

    private final ColorMap map;
    private final ValueMapping mapping;
    private final boolean signed;

    private HeatmapColors(ColorMap map, ValueMapping mapping, boolean signed) {
        this.map = map;
        this.mapping = mapping;
        this.signed = signed;
    }

    /** The colours of {@code data} with {@code map} (diverging for signed data, as the caller chooses). */
    public static HeatmapColors of(HeatmapData data, ColorMap map) {
        Objects.requireNonNull(map, "map");
        double[] all = new double[data.rows() * data.columns()];
        int k = 0;
        double limit = 0;
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                double v = data.value(r, c);
                all[k++] = v;
                if (Double.isFinite(v)) {
                    limit = Math.max(limit, Math.abs(v));
                }
            }
        }
        if (data.signed()) {
            double l = limit > 0 ? limit : 1;
            return new HeatmapColors(map, ValueMapping.linear(-l, l), true);
        }
        return new HeatmapColors(map, ValueMapping.linearOver(all), false);
    }

    /**
     * The user's colour map (Glia preferences): the diverging one for signed values, else the sequential one; a
     * preference naming an unknown map, or one of the wrong kind, gives the default of its kind. Needs the
     * running platform (preferences).
     */
    public static ColorMap userMap(boolean signed) {
        String key = signed ? GliaPreferences.DIVERGING_COLOR_MAP : GliaPreferences.COLOR_MAP;
        ColorMap map = ColorMaps.find(GliaPreferences.get(key)).orElse(null);
        if (map == null || map.diverging() != signed) {
            map = ColorMaps.find(GliaPreferences.defaultOf(key)).orElse(ColorMaps.defaultMap());
        }
        return map;
    }

    /** The position of a value on the colour map, 0 .. 1 (NaN for NaN). */
    public double position(double v) {
        return signed ? mapping.mapSigned(v) : mapping.map(v);
    }

    /** The colour of a value as {@code 0xRRGGBB}. */
    public int rgb(double v) {
        return Double.isNaN(v) ? NO_VALUE : map.rgb(position(v));
    }

    /** The value at a position of the colour bar (0 = bottom, 1 = top). */
    public double valueAt(double t) {
        return signed ? mapping.inverseSigned(t) : mapping.inverse(t);
    }

    /** The colour map. */
    public ColorMap map() {
        return map;
    }

    /** True when values are shown around zero. */
    public boolean signed() {
        return signed;
    }
}
