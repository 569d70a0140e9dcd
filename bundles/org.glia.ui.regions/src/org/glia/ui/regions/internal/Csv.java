package org.glia.ui.regions.internal;

/** Cells of the CSV files the views export: quoted text when needed, numbers at full precision. */
public final class Csv {

    private Csv() {
    }

    /** A text cell, quoted (with doubled quotes) when it holds a comma, a quote or a line break. */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * A number exactly as held: the shortest decimal that reads back to the same double, so a spreadsheet or
     * script gets the map's values unchanged; empty for NaN (no value).
     */
    public static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
