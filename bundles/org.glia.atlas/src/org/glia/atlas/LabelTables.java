package org.glia.atlas;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.glia.atlas.internal.io.AtomicFiles;
import org.glia.atlas.internal.io.TextLines;
import org.glia.atlas.internal.labels.TsvLabelParser;
import org.glia.atlas.internal.labels.WhitespaceLabelParser;
import org.glia.atlas.internal.labels.WhitespaceLabelParser.Form;
import org.glia.core.io.DataException;

/**
 * Reads and writes label tables, detecting the format from the content.
 * <p>
 * Formats read:
 * <ul>
 * <li>TSV: the first non-blank line is a tab-separated header containing {@code index} and
 * {@code name} (case-insensitive), optionally {@code hemisphere} and {@code r}, {@code g}, {@code b};
 * other columns are ignored and the row order is kept;</li>
 * <li>FreeSurfer colour table: {@code index name R G B A} per line, whitespace separated,
 * {@code #} comments;</li>
 * <li>"index name [code]" text, as beside AAL ({@code aal.nii.txt}) and the MRIcron templates.</li>
 * </ul>
 * The format is chosen by the first line that is neither blank nor a comment: a tab-separated line
 * whose first cell is not a number is a TSV header, six columns mean FreeSurfer, two or three mean the
 * text form. Hemispheres not given by the file are inferred by {@link Hemispheres#infer(String)}. All
 * faults (duplicate index or name, bad number, missing column) are reported together, each with the file
 * and line.
 */
public final class LabelTables {

    private LabelTables() {
    }

    /** Reads a label table in any of the supported formats. */
    public static LabelTable read(Path file) throws DataException {
        List<String> lines = TextLines.read(file);
        int first = 0;
        while (first < lines.size() && WhitespaceLabelParser.tokens(lines.get(first)).length == 0) {
            first++;
        }
        if (first == lines.size()) {
            throw new DataException(file, "empty label table: no regions");
        }
        String line = lines.get(first);
        List<String> words = Arrays.stream(line.strip().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
        if (line.contains("\t") && !isInteger(words.get(0))) {
            return TsvLabelParser.parse(file, lines, first);
        }
        if (words.contains("index") && words.contains("name")) {
            throw new DataException(file, "line " + (first + 1),
                    "the header names index and name but is not tab separated");
        }
        int n = words.size();
        if (n == 6) {
            return WhitespaceLabelParser.parse(file, lines, Form.FREESURFER_LUT);
        }
        if (n == 2 || n == 3) {
            return WhitespaceLabelParser.parse(file, lines, Form.INDEX_NAME_CODE);
        }
        throw new DataException(file, "line " + (first + 1), "unrecognised label table: expected a TSV header "
                + "with index and name, 'index name R G B A' or 'index name [code]', found " + n + " columns");
    }

    private static boolean isInteger(String word) {
        return word.matches("[+-]?\\d+");
    }

    /**
     * Writes a TSV label table (columns index, name, hemisphere, and r, g, b when any region has a
     * colour) atomically; {@link #read(Path)} gives the same table back.
     */
    public static void writeTsv(LabelTable table, Path file) throws IOException {
        boolean colours = table.regions().stream().anyMatch(Region::hasColour);
        AtomicFiles.write(file, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write(colours ? "index\tname\themisphere\tr\tg\tb\n" : "index\tname\themisphere\n");
            for (Region r : table.regions()) {
                w.write(r.index() + "\t" + r.name() + "\t" + r.hemisphere());
                if (colours) {
                    w.write(r.hasColour()
                            ? "\t" + (r.rgb() >> 16 & 255) + "\t" + (r.rgb() >> 8 & 255) + "\t" + (r.rgb() & 255)
                            : "\t\t\t");
                }
                w.write('\n');
            }
            w.flush();
        });
    }
}
