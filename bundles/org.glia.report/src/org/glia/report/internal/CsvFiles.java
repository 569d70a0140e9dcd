package org.glia.report.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.glia.explain.Faithfulness;
import org.glia.explain.FaithfulnessRow;
import org.glia.report.ReportFiles;

/**
 * Writes the CSV files of analyze: importance.csv, importance_signed.csv and faithfulness.csv. Rows of one
 * class follow the region order of the cohort; numbers use '.' and a fixed number of digits.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** importance.csv: {@value ReportFiles#IMPORTANCE_HEADER}, importances with 10 decimals. */
    public static void importance(ClassImportance ci, List<String> regions, List<String> classes, Path file)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(ReportFiles.IMPORTANCE_HEADER + "\n");
            for (int c = 0; c < ci.classes(); c++) {
                for (int j = 0; j < regions.size(); j++) {
                    w.write(cell(regions.get(j)) + "," + cell(classes.get(c)) + ","
                            + fixed(ci.normalised()[c][j]) + "," + ci.rank()[c][j] + "\n");
                }
            }
        }
    }

    /** importance_signed.csv: {@value ReportFiles#IMPORTANCE_SIGNED_HEADER}, the class maps before normalisation. */
    public static void signed(ClassImportance ci, List<String> regions, List<String> classes, Path file)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(ReportFiles.IMPORTANCE_SIGNED_HEADER + "\n");
            for (int c = 0; c < ci.classes(); c++) {
                for (int j = 0; j < regions.size(); j++) {
                    w.write(cell(regions.get(j)) + "," + cell(classes.get(c)) + "," + general(ci.signed()[c][j])
                            + "\n");
                }
            }
        }
    }

    /** faithfulness.csv, through the explain bundle's writer. */
    public static void faithfulness(List<FaithfulnessRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Faithfulness.writeCsv(rows, w);
        }
    }

    /** A value with 10 decimals. */
    static String fixed(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }

    /** A value with 10 significant digits (signed maps can be tiny); empty when undefined. */
    static String general(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.10g", v) : "";
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
    static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
