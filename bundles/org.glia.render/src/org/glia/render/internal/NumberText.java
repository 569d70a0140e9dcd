package org.glia.render.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short, readable numbers for colour bars: three significant digits, scientific only for extreme magnitudes. */
public final class NumberText {

    private NumberText() {
    }

    /** E.g. 0.0123, 1.5, 250, 1.2e-5, 3.4e+6; "-0" is written "0". */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2g", v).replace("e-0", "e-").replace("e+0", "e+");
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
