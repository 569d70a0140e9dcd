package org.glia.ui.internal.preferences;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.glia.core.color.ColorMaps;
import org.glia.ui.GliaPreferences;

/**
 * What each Glia preference may hold and, for a refused value, the sentence saying why; the preference page checks
 * every typed value with it before anything is stored.
 */
public final class PreferenceRules {

    /** The threshold modes the brain view knows. */
    public static final List<String> THRESHOLD_MODES = List.of("glass", "hide");
    /** The training engines. */
    public static final List<String> ENGINES = List.of("auto", "java", "dl4j");

    private static final List<String> KEYS = List.of(GliaPreferences.COLOR_MAP, GliaPreferences.DIVERGING_COLOR_MAP,
            GliaPreferences.EDGE_COLOR_MAP, GliaPreferences.THRESHOLD, GliaPreferences.THRESHOLD_MODE,
            GliaPreferences.TOP_K, GliaPreferences.TRIANGLE_BUDGET, GliaPreferences.ENGINE,
            GliaPreferences.LEARNING_RATE, GliaPreferences.EPOCHS, GliaPreferences.BATCH_SIZE, GliaPreferences.L2,
            GliaPreferences.FOLDS, GliaPreferences.AUTOSAVE_SECONDS, GliaPreferences.UNDO_LIMIT);

    private PreferenceRules() {
    }

    /** Every key of {@link GliaPreferences}, in the order the page shows them. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The values a choice key may take (colour map ids, modes, engines); empty for a typed key. */
    public static List<String> choices(String key) {
        return switch (key) {
            case GliaPreferences.COLOR_MAP, GliaPreferences.DIVERGING_COLOR_MAP, GliaPreferences.EDGE_COLOR_MAP ->
                ColorMaps.ids();
            case GliaPreferences.THRESHOLD_MODE -> THRESHOLD_MODES;
            case GliaPreferences.ENGINE -> ENGINES;
            default -> List.of();
        };
    }

    /** The label of a key on the page. */
    public static String label(String key) {
        return switch (key) {
            case GliaPreferences.COLOR_MAP -> Messages.colorMap;
            case GliaPreferences.DIVERGING_COLOR_MAP -> Messages.divergingColorMap;
            case GliaPreferences.EDGE_COLOR_MAP -> Messages.edgeColorMap;
            case GliaPreferences.THRESHOLD -> Messages.threshold;
            case GliaPreferences.THRESHOLD_MODE -> Messages.thresholdMode;
            case GliaPreferences.TOP_K -> Messages.topK;
            case GliaPreferences.TRIANGLE_BUDGET -> Messages.triangleBudget;
            case GliaPreferences.ENGINE -> Messages.engine;
            case GliaPreferences.LEARNING_RATE -> Messages.learningRate;
            case GliaPreferences.EPOCHS -> Messages.epochs;
            case GliaPreferences.BATCH_SIZE -> Messages.batchSize;
            case GliaPreferences.L2 -> Messages.l2;
            case GliaPreferences.FOLDS -> Messages.folds;
            case GliaPreferences.AUTOSAVE_SECONDS -> Messages.autosaveSeconds;
            case GliaPreferences.UNDO_LIMIT -> Messages.undoLimit;
            default -> throw new IllegalArgumentException("no Glia preference " + key);
        };
    }

    /**
     * Why {@code value} cannot be stored under {@code key}, or null when it can.
     *
     * @throws IllegalArgumentException for a key that is not a Glia preference
     */
    public static String problem(String key, String value) {
        String v = value == null ? "" : value.trim();
        String name = label(key).replace(":", "");
        if (!choices(key).isEmpty()) {
            return choices(key).contains(v) ? null
                    : NLS.bind(Messages.notAChoice, new Object[] {name, v, String.join(", ", choices(key))});
        }
        return switch (key) {
            case GliaPreferences.THRESHOLD -> v.isEmpty() ? null : number(name, v, Double.NEGATIVE_INFINITY, false);
            case GliaPreferences.TOP_K -> whole(name, v, 0, 50);
            case GliaPreferences.TRIANGLE_BUDGET -> whole(name, v, 1_000, 50_000_000);
            case GliaPreferences.LEARNING_RATE -> number(name, v, 0, true);
            case GliaPreferences.EPOCHS -> whole(name, v, 1, 1_000_000);
            case GliaPreferences.BATCH_SIZE -> whole(name, v, 0, 10_000_000);
            case GliaPreferences.L2 -> number(name, v, 0, false);
            case GliaPreferences.FOLDS -> "1".equals(v) ? NLS.bind(Messages.oneFold, name) : whole(name, v, 0, 100);
            case GliaPreferences.AUTOSAVE_SECONDS -> whole(name, v, 0, 86_400);
            case GliaPreferences.UNDO_LIMIT -> whole(name, v, 1, 100_000);
            default -> throw new IllegalArgumentException("no Glia preference " + key);
        };
    }

    /** A whole number in [min, max]. */
    private static String whole(String name, String v, long min, long max) {
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return null;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        return NLS.bind(Messages.notWhole, new Object[] {name, v, min, max});
    }

    /** A finite decimal number above {@code min} (or at least {@code min} when {@code exclusive} is false). */
    private static String number(String name, String v, double min, boolean exclusive) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.notANumber, name, v);
        }
        if (!Double.isFinite(d) || v.endsWith("d") || v.endsWith("D") || v.endsWith("f") || v.endsWith("F")) {
            return NLS.bind(Messages.notANumber, name, v);
        }
        if (exclusive && !(d > min)) {
            return NLS.bind(Messages.notPositive, name, v);
        }
        if (!exclusive && d < min) {
            return NLS.bind(Messages.negative, name, v);
        }
        return null;
    }
}
