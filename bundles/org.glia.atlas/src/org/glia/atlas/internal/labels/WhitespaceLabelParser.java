package org.glia.atlas.internal.labels;

import java.nio.file.Path;
import java.util.List;

import org.glia.atlas.Hemispheres;
import org.glia.atlas.LabelTable;
import org.glia.atlas.Region;
import org.glia.core.io.DataException;

/**
 * Parses the whitespace-separated label forms: the FreeSurfer colour table ({@code index name R G B A})
 * and the "index name [code]" text that ships beside AAL and the other MRIcron templates. Lines
 * starting with {@code #} are comments; the numeric code of the text form is ignored.
 */
public final class WhitespaceLabelParser {

    /** The two shapes this parser reads. */
    public enum Form {
        /** {@code index name R G B A}: six columns, colour components 0..255, alpha ignored. */
        FREESURFER_LUT,
        /** {@code index name} or {@code index name code}. */
        INDEX_NAME_CODE
    }

    private WhitespaceLabelParser() {
    }

    /** Splits a line into tokens; comments and blank lines give an empty array. */
    public static String[] tokens(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return new String[0];
        }
        return s.split("\\s+");
    }

    /** Parses every line of {@code file} as the given form. */
    public static LabelTable parse(Path file, List<String> lines, Form form) throws DataException {
        RegionCollector out = new RegionCollector(file);
        for (int i = 0; i < lines.size() && !out.isFull(); i++) {
            String[] t = tokens(lines.get(i));
            if (t.length == 0) {
                continue;
            }
            int lineNo = i + 1;
            if (form == Form.FREESURFER_LUT && t.length != 6) {
                out.problem(lineNo, "expected 6 columns (index name R G B A), found " + t.length);
                continue;
            }
            if (form == Form.INDEX_NAME_CODE && (t.length < 2 || t.length > 3)) {
                out.problem(lineNo, "expected 2 or 3 columns (index name [code]), found " + t.length);
                continue;
            }
            Integer idx = out.integer(lineNo, "index", t[0]);
            int rgb = Region.NO_COLOUR;
            if (form == Form.FREESURFER_LUT) {
                Integer r = out.component(lineNo, "R", t[2]);
                Integer g = out.component(lineNo, "G", t[3]);
                Integer b = out.component(lineNo, "B", t[4]);
                Integer a = out.component(lineNo, "A", t[5]);
                if (r == null || g == null || b == null || a == null) {
                    continue;
                }
                rgb = r << 16 | g << 8 | b;
            } else if (t.length == 3 && out.integer(lineNo, "code", t[2]) == null) {
                continue;
            }
            if (idx != null) {
                out.add(lineNo, idx, t[1], Hemispheres.infer(t[1]), rgb);
            }
        }
        return out.finish();
    }
}
