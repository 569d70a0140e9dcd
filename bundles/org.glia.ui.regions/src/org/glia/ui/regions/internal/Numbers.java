package org.glia.ui.regions.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short numbers for cells, tooltips and colour-bar ticks: three (or more) significant digits. */
public final class Numbers {

    private Numbers() {
    }

    /** E.g. 0.0123, 1.5, 250, 1.23e-05; "0" for zero, an em dash for NaN. */
    public static String format(double v) {
        return format(v, 3);
    }

    /** As {@link #format(double)} with {@code digits} significant digits. */
    public static String format(double v, int digits) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        if (Double.isInfinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
