package org.glia.ui.network.internal.graph;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.core.color.ValueMapping;
import org.glia.ui.network.NetworkDisplaySettings;

/**
 * Turns a weight into how its edge looks: |weight| through a {@link ValueMapping} gives the intensity, which sets
 * both the opacity and, with the sign, the position on the colour map (a diverging map puts negative weights on
 * its cool side and positive ones on its warm side).
 * <p>
 * The mapping is either one for the whole network (chosen by the user, e.g. log with a clamp range) or, by
 * default, linear from 0 to the largest |weight| of each layer pair, since layers are initialised and trained
 * at different scales. For fast painting weights fall into {@link #buckets()} buckets of equal look:
 * {@link #LEVELS} intensity levels for each sign.
 */
public final class EdgeStyle {

    /** Intensity levels per sign. */
    public static final int LEVELS = 16;
    /** Opacity of the weakest edge; the strongest is opaque. */
    public static final double MIN_ALPHA = 0.06;

    private final ColorMap map;
    private final ValueMapping[] mappings;
    private final boolean perPair;
    private final int[] rgb = new int[2 * LEVELS];
    private final int[] alpha = new int[2 * LEVELS];

    private EdgeStyle(ColorMap map, ValueMapping[] mappings, boolean perPair) {
        this.map = map;
        this.mappings = mappings;
        this.perPair = perPair;
        for (int b = 0; b < rgb.length; b++) {
            double intensity = (b % LEVELS + 0.5) / LEVELS;
            double signed = b < LEVELS ? -intensity : intensity;
            rgb[b] = colour(signed, intensity);
            alpha[b] = alphaOf(intensity);
        }
    }

    /** A style drawing every layer pair with {@code map}, intensity from {@code mapping} of |weight|. */
    public EdgeStyle(ColorMap map, ValueMapping mapping) {
        this(map, new ValueMapping[] {mapping}, false);
    }

    /**
     * The style of {@code settings} for a network whose layer pairs have the given largest |weight|: the settings'
     * mapping when they have one, else linear from 0 to each pair's largest |weight|. An unknown colour map id
     * falls back to cool-warm.
     */
    public static EdgeStyle of(NetworkDisplaySettings settings, double[] maxAbsPerPair) {
        ColorMap map = ColorMaps.find(settings.edgeColorMap()).orElseGet(() -> ColorMaps.get("coolwarm"));
        if (settings.edgeMapping() != null) {
            return new EdgeStyle(map, settings.edgeMapping());
        }
        ValueMapping[] m = new ValueMapping[Math.max(1, maxAbsPerPair.length)];
        for (int p = 0; p < m.length; p++) {
            double max = p < maxAbsPerPair.length ? maxAbsPerPair[p] : 0;
            m[p] = ValueMapping.linear(0, max > 0 ? max : 1);
        }
        return new EdgeStyle(map, m, true);
    }

    /** The colour map. */
    public ColorMap colorMap() {
        return map;
    }

    /** True when each layer pair is mapped over its own range (the automatic mapping). */
    public boolean isPerPair() {
        return perPair;
    }

    /** The |weight| mapping of layer pair {@code pair}. */
    public ValueMapping mapping(int pair) {
        return mappings[Math.min(pair, mappings.length - 1)];
    }

    /** The intensity in [0, 1] of weight {@code w} of layer pair {@code pair} (NaN counts as 0). */
    public double intensity(int pair, double w) {
        double t = mapping(pair).map(Math.abs(w));
        return Double.isNaN(t) ? 0 : t;
    }

    /** The exact colour ({@code 0xRRGGBB}) of weight {@code w} of layer pair {@code pair}. */
    public int rgb(int pair, double w) {
        double i = intensity(pair, w);
        return colour(w < 0 ? -i : i, i);
    }

    /** The exact opacity (0..255) of weight {@code w} of layer pair {@code pair}. */
    public int alpha(int pair, double w) {
        return alphaOf(intensity(pair, w));
    }

    /** Number of buckets. */
    public int buckets() {
        return rgb.length;
    }

    /** The bucket of weight {@code w}: negative weights in 0 .. LEVELS-1, others above, weak to strong. */
    public int bucket(int pair, double w) {
        int level = Math.min(LEVELS - 1, (int) (intensity(pair, w) * LEVELS));
        return w < 0 ? level : LEVELS + level;
    }

    /** The intensity level (0 .. LEVELS-1) of bucket {@code b}. */
    public static int level(int b) {
        return b % LEVELS;
    }

    /** The colour of bucket {@code b}. */
    public int bucketRgb(int b) {
        return rgb[b];
    }

    /** The opacity of bucket {@code b}. */
    public int bucketAlpha(int b) {
        return alpha[b];
    }

    /** The colour of a signed intensity in [-1, 1]. */
    public int colour(double signed, double intensity) {
        return map.diverging() ? map.rgb(0.5 + 0.5 * signed) : map.rgb(intensity);
    }

    /** The opacity (0..255) of an edge of intensity {@code intensity} in [0, 1]. */
    public static int alphaOf(double intensity) {
        return (int) Math.round(255 * (MIN_ALPHA + (1 - MIN_ALPHA) * Math.max(0, Math.min(1, intensity))));
    }
}
