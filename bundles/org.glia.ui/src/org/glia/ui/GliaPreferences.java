package org.glia.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.glia.model.edit.BoundedCommandStack;

/**
 * The user's defaults (Window &gt; Preferences &gt; Glia), read by the views and commands when they start: colour
 * maps, threshold, top-k labels, training settings, the atlas triangle budget and autosave. Every key has a
 * default here, so a missing or empty preference store behaves like a fresh install.
 */
public final class GliaPreferences {

    /** Colour map of region importance (a colour map id). */
    public static final String COLOR_MAP = "colorMap";
    /** Colour map of signed values and difference maps. */
    public static final String DIVERGING_COLOR_MAP = "divergingColorMap";
    /** Colour map of edge weights in the network editor. */
    public static final String EDGE_COLOR_MAP = "edgeColorMap";
    /** Threshold below which regions are glass or hidden; empty for none. */
    public static final String THRESHOLD = "threshold";
    /** "glass" or "hide". */
    public static final String THRESHOLD_MODE = "thresholdMode";
    /** How many of the largest regions are named. */
    public static final String TOP_K = "topK";
    /** Training engine: java, dl4j or auto. */
    public static final String ENGINE = "engine";
    /** Adam's learning rate. */
    public static final String LEARNING_RATE = "learningRate";
    /** Maximum epochs. */
    public static final String EPOCHS = "epochs";
    /** Mini-batch size, 0 for full batch. */
    public static final String BATCH_SIZE = "batchSize";
    /** L2 penalty. */
    public static final String L2 = "l2";
    /** Cross-validation folds. */
    public static final String FOLDS = "folds";
    /** Triangles of the whole atlas surface after decimation. */
    public static final String TRIANGLE_BUDGET = "triangleBudget";
    /** Seconds between autosaves of modified documents; 0 turns autosave off. */
    public static final String AUTOSAVE_SECONDS = "autosaveSeconds";
    /** How many edits a network editor keeps for undo (the oldest are forgotten). */
    public static final String UNDO_LIMIT = "undoLimit";

    private GliaPreferences() {
    }

    /** The default of a key, as a string (empty when the default is "none"). */
    public static String defaultOf(String key) {
        return switch (key) {
            case COLOR_MAP -> "viridis";
            case DIVERGING_COLOR_MAP -> "coolwarm";
            case EDGE_COLOR_MAP -> "coolwarm";
            case THRESHOLD -> "";
            case THRESHOLD_MODE -> "glass";
            case TOP_K -> "5";
            case ENGINE -> "auto";
            case LEARNING_RATE -> "0.01";
            case EPOCHS -> "200";
            case BATCH_SIZE -> "0";
            case L2 -> "0.0001";
            case FOLDS -> "10";
            case TRIANGLE_BUDGET -> "300000";
            case AUTOSAVE_SECONDS -> "60";
            case UNDO_LIMIT -> Integer.toString(BoundedCommandStack.DEFAULT_LIMIT);
            default -> throw new IllegalArgumentException("no Glia preference " + key);
        };
    }

    /** The preference node the values live in (instance scope of {@link GliaUi#PLUGIN_ID}). */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(GliaUi.PLUGIN_ID);
    }

    /** The value of a key, or its default. */
    public static String get(String key) {
        return node().get(key, defaultOf(key));
    }

    /** An integer value; the default when the stored value is not a number. */
    public static int getInt(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            return Integer.parseInt(defaultOf(key));
        }
    }

    /** A number; NaN for an empty value, the default when the stored value is not a number. */
    public static double getDouble(String key) {
        String v = get(key).trim();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            String d = defaultOf(key);
            return d.isEmpty() ? Double.NaN : Double.parseDouble(d);
        }
    }
}
