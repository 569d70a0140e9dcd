package org.glia.cohort.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.glia.cohort.internal.readers.NumberCells;
import org.glia.core.io.DataProblems;

/**
 * Reads participants.tsv: a tab-separated header naming {@code participant_id} and {@code diagnosis}
 * (case-insensitive; other columns are kept as extra fields), then one participant per line. Ids must be
 * unique and usable as file names; the diagnosis must be present ("n/a" counts as absent).
 */
public final class ParticipantsTable {

    /** Name of the participants file inside a cohort directory. */
    public static final String FILE_NAME = "participants.tsv";

    private ParticipantsTable() {
    }

    /**
     * The participants in file order; faults go to {@code problems} (rows with faults are left out, but
     * their ids still go to {@code allIds}, so their matrix files are not reported a second time).
     */
    public static List<Participant> read(Path file, DataProblems problems, Set<String> allIds) {
        List<Participant> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(file, "", "missing: every cohort needs a participants.tsv");
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(file, "", "cannot read (expected UTF-8 text): " + e.getMessage());
            return out;
        }
        int h = 0;
        while (h < lines.size() && lines.get(h).isBlank()) {
            h++;
        }
        if (h == lines.size()) {
            problems.add(file, "", "empty file: expected a header with participant_id and diagnosis");
            return out;
        }
        String headerLine = lines.get(h).startsWith("\uFEFF") ? lines.get(h).substring(1) : lines.get(h);
        if (!headerLine.contains("\t") && headerLine.contains(",")) {
            problems.add(file, "line " + (h + 1), "not tab separated (commas found): participants.tsv uses tabs");
            return out;
        }
        String[] header = headerLine.split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            header[c] = NumberCells.unquote(header[c]);
            if (col.putIfAbsent(header[c].toLowerCase(Locale.ROOT), c) != null) {
                problems.add(file, "line " + (h + 1), "column '" + header[c] + "' appears twice");
            }
        }
        Integer idCol = col.get("participant_id");
        Integer dxCol = col.get("diagnosis");
        for (String need : List.of("participant_id", "diagnosis")) {
            if (!col.containsKey(need)) {
                problems.add(file, "line " + (h + 1), "missing column '" + need + "' in the header");
            }
        }
        if (idCol == null || dxCol == null) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = h + 1; i < lines.size() && !problems.isFull(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String where = "line " + lineNo;
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.length) {
                problems.add(file, where, cells.length + " cells but the header has " + header.length);
                continue;
            }
            String id = NumberCells.unquote(cells[idCol]);
            String dx = NumberCells.unquote(cells[dxCol]);
            allIds.add(id);
            boolean ok = true;
            if (id.isEmpty()) {
                problems.add(file, where, "empty participant_id");
                ok = false;
            } else if (!id.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
                problems.add(file, where, "participant_id '" + id + "' must be letters, digits, '.', '_', '+' "
                        + "or '-' (it names the matrix file)");
                ok = false;
            } else if (seen.putIfAbsent(id, lineNo) != null) {
                problems.add(file, where, "duplicate participant_id '" + id + "' (first on line " + seen.get(id) + ")");
                ok = false;
            }
            if (dx.isEmpty() || dx.equalsIgnoreCase("n/a")) {
                problems.add(file, where, "participant '" + id + "' has no diagnosis");
                ok = false;
            }
            if (ok) {
                Map<String, String> extra = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    if (c != idCol && c != dxCol) {
                        extra.put(header[c], NumberCells.unquote(cells[c]));
                    }
                }
                out.add(new Participant(id, dx, extra, lineNo));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(file, "", "no participants below the header");
        }
        return out;
    }
}
