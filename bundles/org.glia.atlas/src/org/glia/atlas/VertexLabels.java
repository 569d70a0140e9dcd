package org.glia.atlas;

import java.nio.file.Path;
import java.util.List;

import org.glia.atlas.internal.io.TextLines;
import org.glia.atlas.internal.mesh.IntList;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/**
 * Reads a per-vertex label file: whole numbers separated by line breaks, commas, semicolons, tabs or
 * blanks (one per line, or CSV rows), in vertex order. A value written as a float must be integral
 * ({@code 24.0} is 24). Faults are reported with their line.
 */
public final class VertexLabels {

    private VertexLabels() {
    }

    /** The labels in file order. */
    public static int[] read(Path file) throws DataException {
        List<String> lines = TextLines.read(file);
        DataProblems problems = new DataProblems();
        IntList out = new IntList(1 << 14);
        for (int i = 0; i < lines.size() && !problems.isFull(); i++) {
            for (String token : lines.get(i).split("[,;\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                try {
                    double v = Double.parseDouble(token);
                    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                        problems.add(file, "line " + (i + 1), "label is not a whole number: '" + token + "'");
                    } else {
                        out.add((int) v);
                    }
                } catch (NumberFormatException e) {
                    problems.add(file, "line " + (i + 1), "label is not a number: '" + token + "'");
                }
            }
        }
        if (out.size() == 0 && problems.isEmpty()) {
            problems.add(file, "", "no labels in file");
        }
        problems.throwIfAny("Vertex labels " + file + " refused");
        return out.toArray();
    }
}
