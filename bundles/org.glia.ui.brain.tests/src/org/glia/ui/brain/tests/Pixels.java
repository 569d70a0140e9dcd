package org.glia.ui.brain.tests;

/** Colour comparisons for rendered pixels. */
public final class Pixels {

    private Pixels() {
    }

    /** The hue of a 0xRRGGBB colour in degrees, NaN for greys. */
    public static double hue(int rgb) {
        double r = (rgb >> 16 & 255) / 255.0;
        double g = (rgb >> 8 & 255) / 255.0;
        double b = (rgb & 255) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double d = max - min;
        if (d < 0.04) {
            return Double.NaN;
        }
        double h = max == r ? (g - b) / d : max == g ? 2 + (b - r) / d : 4 + (r - g) / d;
        return (h * 60 + 360) % 360;
    }

    /** The angle between two hues. */
    public static double hueDistance(int a, int b) {
        double d = Math.abs(hue(a) - hue(b)) % 360;
        return Math.min(d, 360 - d);
    }

    /** True for a near-grey (or white) pixel. */
    public static boolean grey(int rgb) {
        return Double.isNaN(hue(rgb));
    }

    public static String hex(int rgb) {
        return String.format("#%06X", rgb & 0xFFFFFF);
    }
}
