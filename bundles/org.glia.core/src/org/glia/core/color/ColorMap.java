package org.glia.core.color;

/**
 * A colour map: turns a position in [0, 1] into a colour, for brain regions, network edges and colour bars.
 * <p>
 * Implementations are immutable and safe to share between threads. Contributed through the
 * {@code org.glia.core.colormaps} extension point and listed by {@link ColorMaps}.
 */
public interface ColorMap {

    /** The stable identifier, e.g. {@code "viridis"}; lower case, used in preferences and on the command line. */
    String id();

    /** The name shown to the user, e.g. {@code "Viridis"}. */
    String name();

    /**
     * True for a diverging map (a neutral colour at 0.5 between two hues), meant for signed values centred on
     * 0 through {@link ValueMapping#mapSigned(double)}; false for a sequential map whose lightness grows with t.
     */
    boolean diverging();

    /**
     * The colour at {@code t} as {@code 0xRRGGBB}; t is clamped to [0, 1] and NaN reads as 0.
     */
    int rgb(double t);

    /** The red component (0..255) of a {@code 0xRRGGBB} colour. */
    static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    /** The green component (0..255) of a {@code 0xRRGGBB} colour. */
    static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    /** The blue component (0..255) of a {@code 0xRRGGBB} colour. */
    static int blue(int rgb) {
        return rgb & 0xFF;
    }

    /**
     * The relative luminance (0..1, ITU-R BT.709 weights on linearised sRGB) of a {@code 0xRRGGBB} colour;
     * a sequential map's luminance never decreases with t.
     */
    static double luminance(int rgb) {
        return 0.2126 * linear(red(rgb)) + 0.7152 * linear(green(rgb)) + 0.0722 * linear(blue(rgb));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
