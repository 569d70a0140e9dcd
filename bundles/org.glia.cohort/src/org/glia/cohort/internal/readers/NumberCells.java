package org.glia.cohort.internal.readers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses number cells of text matrices: decimal and exponent notation, plus the spellings of missing and
 * non-finite values that NumPy, R and MATLAB write (nan, NaN, NA, inf, -Inf, Infinity, any case), so that
 * those reach validation as non-finite values rather than as "not a number".
 */
public final class NumberCells {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberCells() {
    }

    /** True when the cell (blanks and one pair of quotes ignored) is a number. */
    public static boolean isNumber(String cell) {
        return !Double.isNaN(parse(cell)) || isNaN(cell);
    }

    /** The number in the cell, or {@code NaN} when it is not one (use {@link #isNumber} to tell apart). */
    public static double parse(String cell) {
        String s = unquote(cell);
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        String l = s.toLowerCase(Locale.ROOT);
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        if (body.equals("inf") || body.equals("infinity")) {
            return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    private static boolean isNaN(String cell) {
        String l = unquote(cell).toLowerCase(Locale.ROOT);
        return l.equals("nan") || l.equals("+nan") || l.equals("-nan") || l.equals("na");
    }

    /** Strips blanks and one pair of surrounding double quotes. */
    public static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }
}
