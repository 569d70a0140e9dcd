package org.glia.cohort.internal.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes weights with six significant digits in plain decimal notation, the same on every machine and
 * locale (BigDecimal, not String.format).
 */
public final class NumberText {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /** The text of {@code v}: "0" for zero, else six significant digits without trailing zeros. */
    public static String format(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(SIX).stripTrailingZeros().toPlainString();
    }

    /** The value that reading {@link #format(double)} back gives. */
    public static double round(double v) {
        return Double.parseDouble(format(v));
    }
}
