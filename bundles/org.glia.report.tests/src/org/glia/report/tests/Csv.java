package org.glia.report.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the simple CSV files analyze writes (no quoted cells in the test cohorts). */
final class Csv {

    private Csv() {
    }

    /** The header line. */
    static String header(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }

    /** The data rows, split on commas. */
    static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            rows.add(l.split(",", -1));
        }
        return rows;
    }
}
