package org.glia.ui.cohort.internal;

import java.util.Locale;

/** Numbers as the cohort view prints them: four significant digits, a dash for none. */
final class Format {

    private Format() {
    }

    /** Four significant digits (no trailing zeros); a dash for NaN. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return Messages.none;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(?=$|e)", "");
    }
}
