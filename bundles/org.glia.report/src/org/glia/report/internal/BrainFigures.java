package org.glia.report.internal;

import java.util.List;

/**
 * The brain renderings of the class maps, written as PNG files next to the report, or why there are none.
 *
 * @param files per class, the file names (relative to the output folder) of its views; empty when none
 * @param views the view names, in the order of each class's files
 * @param note  why there are no renderings, or null when there are
 */
public record BrainFigures(List<List<String>> files, List<String> views, String note) {

    /** No renderings, for the reason given. */
    public static BrainFigures none(String why) {
        return new BrainFigures(List.of(), List.of(), why);
    }

    /** True when there are renderings. */
    public boolean present() {
        return !files.isEmpty();
    }
}
