package org.glia.atlas.internal.labels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glia.atlas.LabelTable;
import org.glia.atlas.Region;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/** Gathers the regions of one label file, reporting duplicates and bad numbers with their line. */
public final class RegionCollector {

    private final Path file;
    private final DataProblems problems = new DataProblems();
    private final List<Region> regions = new ArrayList<>();
    private final Map<Integer, Integer> lineOfIndex = new HashMap<>();
    private final Map<String, Integer> lineOfName = new HashMap<>();

    /** A collector for regions read from {@code file}. */
    public RegionCollector(Path file) {
        this.file = file;
    }

    /** Records a fault at a line (1-based). */
    public void problem(int line, String message) {
        problems.add(file, "line " + line, message);
    }

    /** True when no more problems can be kept. */
    public boolean isFull() {
        return problems.isFull();
    }

    /** Parses a whole number cell; reports it and returns {@code null} when it is not one. */
    public Integer integer(int line, String what, String cell) {
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            problem(line, "bad number in " + what + ": '" + cell + "'");
            return null;
        }
    }

    /** Parses a colour component 0..255; reports it and returns {@code null} otherwise. */
    public Integer component(int line, String what, String cell) {
        Integer v = integer(line, what, cell);
        if (v != null && (v < 0 || v > 255)) {
            problem(line, what + " must be 0..255, got " + v);
            return null;
        }
        return v;
    }

    /** Adds a region after checking its index and name against the earlier ones. */
    public void add(int line, int index, String name, String hemisphere, int rgb) {
        if (index < 0) {
            problem(line, "index must not be negative: " + index);
            return;
        }
        if (name.isEmpty()) {
            problem(line, "empty region name");
            return;
        }
        Integer earlier = lineOfIndex.putIfAbsent(index, line);
        if (earlier != null) {
            problem(line, "duplicate index " + index + " (first on line " + earlier + ")");
            return;
        }
        earlier = lineOfName.putIfAbsent(name, line);
        if (earlier != null) {
            problem(line, "duplicate name '" + name + "' (first on line " + earlier + ")");
            return;
        }
        regions.add(new Region(index, name, hemisphere, rgb));
    }

    /** The table, or every problem found. */
    public LabelTable finish() throws DataException {
        if (regions.isEmpty() && problems.isEmpty()) {
            problems.add(file, "", "no regions in label table");
        }
        problems.throwIfAny("Label table " + file + " refused");
        return LabelTable.of(regions);
    }
}
