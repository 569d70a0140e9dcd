package org.glia.report.internal;

import java.util.Locale;

/** Escaping and number formatting shared by the SVG and HTML writers (locale-independent). */
final class Markup {

    private Markup() {
    }

    /** Text safe inside XML/HTML elements and quoted attributes. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code v} with {@code decimals} decimals, or an en dash when undefined. */
    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "\u2013";
    }

    /** {@code v} as a percentage with one decimal, or an en dash when undefined. */
    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "\u2013";
    }

    /** A 0xRRGGBB colour as {@code #rrggbb}. */
    static String colour(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }
}
