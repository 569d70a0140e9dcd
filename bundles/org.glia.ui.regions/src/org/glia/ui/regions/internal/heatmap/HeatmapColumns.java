package org.glia.ui.regions.internal.heatmap;

/**
 * What the heatmap's columns are: the nodes of one hidden level, or the classes (the output nodes).
 *
 * @param classes true for one column per class
 * @param level   the hidden level (1 .. depth - 1) whose nodes are the columns; ignored for classes
 */
public record HeatmapColumns(boolean classes, int level) {

    /** The nodes of a hidden level. */
    public static HeatmapColumns nodes(int level) {
        return new HeatmapColumns(false, level);
    }

    /** One column per class. */
    public static HeatmapColumns ofClasses() {
        return new HeatmapColumns(true, 0);
    }

    /** For saved state: "classes" or "level:N". */
    public String key() {
        return classes ? "classes" : "level:" + level;
    }

    /** Reads {@link #key()}; null for anything else. */
    public static HeatmapColumns parse(String key) {
        if ("classes".equals(key)) {
            return ofClasses();
        }
        if (key != null && key.startsWith("level:")) {
            try {
                return nodes(Integer.parseInt(key.substring(6)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
