package org.glia.atlas.internal.labels;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glia.atlas.Hemispheres;
import org.glia.atlas.LabelTable;
import org.glia.atlas.Region;
import org.glia.core.io.DataException;

/**
 * Parses a tab-separated label table whose header names the columns {@code index} and {@code name},
 * optionally {@code hemisphere} and {@code r}, {@code g}, {@code b} (all three or none); other
 * columns are ignored. When there is no hemisphere column it is inferred from the names; when there is
 * one, an empty cell means midline.
 */
public final class TsvLabelParser {

    private TsvLabelParser() {
    }

    /** Parses the lines of {@code file}; {@code headerLine} is the 0-based position of the header. */
    public static LabelTable parse(Path file, List<String> lines, int headerLine) throws DataException {
        RegionCollector out = new RegionCollector(file);
        String[] header = lines.get(headerLine).split("\t", -1);
        Map<String, Integer> col = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            String h = unquote(header[c]).toLowerCase(Locale.ROOT);
            if (!h.isEmpty() && col.putIfAbsent(h, c) != null) {
                out.problem(headerLine + 1, "column '" + h + "' appears twice in the header");
            }
        }
        Integer index = col.get("index");
        Integer name = col.get("name");
        Integer hemi = col.get("hemisphere");
        Integer r = col.get("r");
        Integer g = col.get("g");
        Integer b = col.get("b");
        boolean colours = r != null || g != null || b != null;
        for (String need : colours ? List.of("index", "name", "r", "g", "b") : List.of("index", "name")) {
            if (!col.containsKey(need)) {
                out.problem(headerLine + 1, "missing column '" + need + "' in the header");
            }
        }
        if (index == null || name == null || colours && (r == null || g == null || b == null)) {
            return out.finish();
        }
        for (int i = headerLine + 1; i < lines.size() && !out.isFull(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            String[] cells = line.split("\t", -1);
            if (cells.length > header.length) {
                out.problem(lineNo, cells.length + " cells but the header has " + header.length);
                continue;
            }
            if (cells.length <= Math.max(index, name)) {
                out.problem(lineNo, "missing column '" + (cells.length <= index ? "index" : "name") + "'");
                continue;
            }
            Integer idx = out.integer(lineNo, "index", unquote(cells[index]));
            String nm = unquote(cells[name]);
            String hemisphere = Hemispheres.infer(nm);
            if (hemi != null) {
                hemisphere = Hemispheres.parse(cell(cells, hemi));
                if (hemisphere == null) {
                    out.problem(lineNo, "hemisphere must be L, R or empty, got '" + cell(cells, hemi) + "'");
                    continue;
                }
            }
            int rgb = Region.NO_COLOUR;
            if (colours) {
                String rs = cell(cells, r);
                String gs = cell(cells, g);
                String bs = cell(cells, b);
                if (!(rs.isEmpty() && gs.isEmpty() && bs.isEmpty())) {
                    Integer rv = out.component(lineNo, "column r", rs);
                    Integer gv = out.component(lineNo, "column g", gs);
                    Integer bv = out.component(lineNo, "column b", bs);
                    if (rv == null || gv == null || bv == null) {
                        continue;
                    }
                    rgb = rv << 16 | gv << 8 | bv;
                }
            }
            if (idx != null) {
                out.add(lineNo, idx, nm, hemisphere, rgb);
            }
        }
        return out.finish();
    }

    private static String cell(String[] cells, int c) {
        return c < cells.length ? unquote(cells[c]) : "";
    }

    /** Strips blanks and one pair of surrounding double quotes, as spreadsheet exports add them. */
    static String unquote(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }
}
