package org.glia.ui.brain.internal;

import java.util.Locale;

/** Short numbers for the colour bar and the tooltip: three significant digits. */
public final class Numbers {

    private Numbers() {
    }

    /** E.g. 0.0123, 1.5, 250, 1.2e-05; "0" for zero. */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        String s = a >= 1e5 || a < 1e-3 ? String.format(Locale.ROOT, "%.2e", v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        return s;
    }
}
