package org.glia.render.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.glia.atlas.LabelTable;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/**
 * Reads a region map file {@code region,class,importance,rank} (one row per region per class; other
 * columns and column order are free) and picks one class's values in label-table row order.
 */
public final class ImportanceCsv {

    /** The columns that must be present. */
    public static final List<String> REQUIRED = List.of("region", "class", "importance");

    /**
     * One class's map.
     *
     * @param className the class read
     * @param byRow     values in label-table row order, NaN where the file has none
     * @param classes   every class the file holds, in order of appearance
     * @param missing   how many regions of the table have no value
     */
    public record ClassMap(String className, double[] byRow, List<String> classes, int missing) {
    }

    private ImportanceCsv() {
    }

    /**
     * Reads {@code file} for {@code className}, or for its only class when {@code className} is null.
     *
     * @throws DataException naming the file and every fault: missing columns, unknown regions, bad numbers,
     *                       duplicate rows, an absent class
     */
    public static ClassMap read(Path file, LabelTable labels, String className) throws DataException {
        List<String> lines = lines(file);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new DataException(file, "line 1", "empty file; expected the header region,class,importance,rank");
        }
        Map<String, Integer> column = header(file, lines.get(0));
        DataProblems problems = new DataProblems();
        Set<String> classes = new LinkedHashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            List<String> f;
            try {
                f = CsvLine.split(line);
            } catch (IllegalArgumentException e) {
                problems.add(file, where, e.getMessage());
                continue;
            }
            if (f.size() < column.size()) {
                problems.add(file, where, "expected " + column.size() + " fields, found " + f.size());
                continue;
            }
            String region = f.get(column.get("region"));
            String cls = f.get(column.get("class"));
            classes.add(cls);
            if (labels.byName(region).isEmpty()) {
                problems.add(file, where, "unknown region '" + region + "' (not in the cohort's labels)");
            }
            rows.add(new String[] {where, region, cls, f.get(column.get("importance"))});
        }
        String chosen = chooseClass(file, className, classes, problems);
        if (chosen == null) {
            problems.throwIfAny(file + " is not a usable region map");
        }
        double[] byRow = new double[labels.size()];
        Arrays.fill(byRow, Double.NaN);
        boolean[] seen = new boolean[labels.size()];
        for (String[] r : rows) {
            OptionalInt row = labels.byName(r[1]).map(reg -> labels.rowOf(reg.index())).orElse(OptionalInt.empty());
            if (!r[2].equals(chosen) || row.isEmpty()) {
                continue;
            }
            int k = row.getAsInt();
            if (seen[k]) {
                problems.add(file, r[0], "region '" + r[1] + "' appears twice for class '" + chosen + "'");
            }
            seen[k] = true;
            byRow[k] = number(file, r[0], r[3], problems);
        }
        problems.throwIfAny(file + " is not a usable region map");
        int missing = 0;
        for (boolean s : seen) {
            missing += s ? 0 : 1;
        }
        return new ClassMap(chosen, byRow, List.copyOf(classes), missing);
    }

    private static List<String> lines(Path file) throws DataException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new DataException(file, "not UTF-8 text");
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        }
    }

    private static Map<String, Integer> header(Path file, String line) throws DataException {
        Map<String, Integer> column = new HashMap<>();
        List<String> names = CsvLine.split(line);
        for (int i = 0; i < names.size(); i++) {
            column.putIfAbsent(names.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> absent = REQUIRED.stream().filter(c -> !column.containsKey(c)).toList();
        if (!absent.isEmpty()) {
            throw new DataException(file, "line 1", "missing column" + (absent.size() > 1 ? "s " : " ")
                    + String.join(", ", absent) + "; expected the header region,class,importance,rank");
        }
        Map<String, Integer> needed = new HashMap<>();
        REQUIRED.forEach(c -> needed.put(c, column.get(c)));
        return needed;
    }

    /** The class to read, or null (with a problem added) when there is none to choose. */
    private static String chooseClass(Path file, String wanted, Set<String> classes, DataProblems problems) {
        if (wanted == null) {
            if (classes.size() == 1) {
                return classes.iterator().next();
            }
            problems.add(file, "", classes.isEmpty() ? "no data rows"
                    : "holds several classes (" + String.join(", ", classes) + "); choose one with --class");
            return null;
        }
        if (!classes.contains(wanted)) {
            problems.add(file, "", "no rows for class '" + wanted + "'"
                    + (classes.isEmpty() ? "; the file has no data rows" : "; it has " + String.join(", ", classes)));
            return null;
        }
        return wanted;
    }

    private static double number(Path file, String where, String text, DataProblems problems) {
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isInfinite(v)) {
                problems.add(file, where, "importance is infinite: '" + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(file, where, "importance is not a number: '" + text + "'");
            return Double.NaN;
        }
    }
}
