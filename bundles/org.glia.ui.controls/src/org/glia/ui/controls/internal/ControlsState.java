package org.glia.ui.controls.internal;

import java.util.Objects;

import org.eclipse.ui.IMemento;
import org.glia.core.color.ColorMaps;
import org.glia.explain.AttributionMethods;
import org.glia.render.ThresholdMode;
import org.glia.ui.GliaPreferences;
import org.glia.ui.brain.Comparison;

/**
 * Everything the Controls view lets the user choose, as saved in the view's memento between sessions and read back
 * when it is created; a fresh view starts from the user's preferences ({@link #fromPreferences()}).
 *
 * @param colorMap      the colour map id of regions and nodes
 * @param edgeColorMap  the colour map id of edges
 * @param regions       the region intensity mapping fields
 * @param edges         the edge intensity mapping fields
 * @param threshold     the threshold field's text (blank: off)
 * @param mode          glass or hide below the threshold
 * @param opacity       the opacity slider, 0..100
 * @param topK          how many regions are named
 * @param method        the attribution method id
 * @param subject       the test subject's id, or null
 * @param mapClass      the class whose mean map is shown, or null for the subject's map
 * @param comparison    the difference map shown, or null
 */
public record ControlsState(String colorMap, String edgeColorMap, MappingFields regions, MappingFields edges,
        String threshold, ThresholdMode mode, int opacity, int topK, String method, String subject, String mapClass,
        Comparison comparison) {

    /** The largest top-k the view offers. */
    public static final int MAX_TOP_K = 50;

    /** Checks and normalises. */
    public ControlsState {
        Objects.requireNonNull(colorMap, "colorMap");
        Objects.requireNonNull(edgeColorMap, "edgeColorMap");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(method, "method");
        threshold = threshold == null ? "" : threshold;
        opacity = Math.clamp(opacity, 0, 100);
        topK = Math.clamp(topK, 0, MAX_TOP_K);
    }

    /** The state of a fresh view: colour maps, threshold, mode and top-k from the Glia preferences. */
    public static ControlsState fromPreferences() {
        String map = GliaPreferences.get(GliaPreferences.COLOR_MAP);
        String edges = GliaPreferences.get(GliaPreferences.EDGE_COLOR_MAP);
        return new ControlsState(ColorMaps.find(map).isPresent() ? map : ColorMaps.DEFAULT_ID,
                ColorMaps.find(edges).isPresent() ? edges : GliaPreferences.defaultOf(GliaPreferences.EDGE_COLOR_MAP),
                MappingFields.AUTO, MappingFields.AUTO, thresholdText(GliaPreferences.get(GliaPreferences.THRESHOLD)),
                "hide".equals(GliaPreferences.get(GliaPreferences.THRESHOLD_MODE)) ? ThresholdMode.HIDE
                        : ThresholdMode.GLASS,
                100, GliaPreferences.getInt(GliaPreferences.TOP_K), AttributionMethods.PAPER, null, null, null);
    }

    /** A stored threshold that is not a number is not carried into the field. */
    private static String thresholdText(String stored) {
        try {
            return MappingChoice.format(MappingChoice.parse(stored));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Writes the state into {@code memento}. */
    public void save(IMemento memento) {
        memento.putString("colorMap", colorMap);
        memento.putString("edgeColorMap", edgeColorMap);
        regions.save(memento, "regionMapping");
        edges.save(memento, "edgeMapping");
        memento.putString("threshold", threshold);
        memento.putString("thresholdMode", mode.name());
        memento.putInteger("opacity", opacity);
        memento.putInteger("topK", topK);
        memento.putString("method", method);
        if (subject != null) {
            memento.putString("subject", subject);
        }
        if (mapClass != null) {
            memento.putString("mapClass", mapClass);
        }
        if (comparison != null) {
            IMemento c = memento.createChild("comparison");
            c.putString("kind", comparison.kind().name());
            c.putString("a", comparison.a());
            c.putString("b", comparison.b());
        }
    }

    /**
     * Reads a state written by {@link #save}; every value missing or unreadable (an older or damaged memento, a
     * colour map no longer installed) comes from {@code fallback}. A null memento gives {@code fallback}.
     */
    public static ControlsState load(IMemento memento, ControlsState fallback) {
        if (memento == null) {
            return fallback;
        }
        String map = memento.getString("colorMap");
        String edges = memento.getString("edgeColorMap");
        Integer opacity = memento.getInteger("opacity");
        Integer topK = memento.getInteger("topK");
        String threshold = memento.getString("threshold");
        String method = memento.getString("method");
        return new ControlsState(map != null && ColorMaps.find(map).isPresent() ? map : fallback.colorMap(),
                edges != null && ColorMaps.find(edges).isPresent() ? edges : fallback.edgeColorMap(),
                MappingFields.load(memento, "regionMapping", fallback.regions()),
                MappingFields.load(memento, "edgeMapping", fallback.edges()),
                threshold == null ? fallback.threshold() : threshold,
                enumOf(ThresholdMode.class, memento.getString("thresholdMode"), fallback.mode()),
                opacity == null ? fallback.opacity() : opacity, topK == null ? fallback.topK() : topK,
                method == null ? fallback.method() : method, memento.getString("subject"),
                memento.getString("mapClass"), comparison(memento.getChild("comparison")));
    }

    private static Comparison comparison(IMemento c) {
        if (c == null || c.getString("a") == null || c.getString("b") == null) {
            return null;
        }
        Comparison.Kind kind = enumOf(Comparison.Kind.class, c.getString("kind"), null);
        return kind == null ? null : new Comparison(kind, c.getString("a"), c.getString("b"));
    }

    /** The constant named {@code name}, or {@code fallback}. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
        if (name != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        }
        return fallback;
    }
}
