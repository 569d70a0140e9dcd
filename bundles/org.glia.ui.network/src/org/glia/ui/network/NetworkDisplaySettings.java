package org.glia.ui.network;

import java.util.Objects;

import org.eclipse.core.runtime.Platform;
import org.glia.core.color.ValueMapping;
import org.glia.ui.GliaPreferences;

/**
 * How the network editor draws a network: the colour maps of edges and nodes, how |weight| becomes edge
 * intensity and opacity, and how many edges it draws before switching to its level of detail.
 *
 * @param edgeColorMap the id of the edges' colour map; a diverging one shows the sign as hue
 * @param edgeMapping  |weight| to intensity for the whole network (its min/max clamp the range), or null for
 *                     linear from 0 to each layer pair's largest |weight| (layers differ in scale)
 * @param nodeColorMap the id of the colour map of node activations
 * @param edgeBudget   the most edges drawn one by one; beyond it, the strongest per node and a band for the rest
 */
public record NetworkDisplaySettings(String edgeColorMap, ValueMapping edgeMapping, String nodeColorMap,
        long edgeBudget) {

    /** Cool-warm edges (blue negative, red positive), linear in |weight| per layer pair, viridis nodes, 20,000 edges. */
    public static final NetworkDisplaySettings DEFAULT = new NetworkDisplaySettings("coolwarm", null, "viridis", 20_000);

    /**
     * {@link #DEFAULT} with the edge colour map of the user's preferences ({@link GliaPreferences#EDGE_COLOR_MAP});
     * {@link #DEFAULT} itself when no preference store is running.
     */
    public static NetworkDisplaySettings preferred() {
        if (!Platform.isRunning()) {
            return DEFAULT;
        }
        String edges = GliaPreferences.get(GliaPreferences.EDGE_COLOR_MAP).trim();
        return edges.isEmpty() ? DEFAULT : DEFAULT.withColorMaps(edges, DEFAULT.nodeColorMap());
    }

    /** Checks the values. */
    public NetworkDisplaySettings {
        Objects.requireNonNull(edgeColorMap, "edgeColorMap");
        Objects.requireNonNull(nodeColorMap, "nodeColorMap");
        if (edgeBudget < 1) {
            throw new IllegalArgumentException("the edge budget must be at least 1, got " + edgeBudget);
        }
    }

    /** These settings with another edge budget. */
    public NetworkDisplaySettings withEdgeBudget(long budget) {
        return new NetworkDisplaySettings(edgeColorMap, edgeMapping, nodeColorMap, budget);
    }

    /** These settings with another |weight| mapping (null: automatic). */
    public NetworkDisplaySettings withEdgeMapping(ValueMapping mapping) {
        return new NetworkDisplaySettings(edgeColorMap, mapping, nodeColorMap, edgeBudget);
    }

    /** These settings with other colour maps. */
    public NetworkDisplaySettings withColorMaps(String edges, String nodes) {
        return new NetworkDisplaySettings(edges, edgeMapping, nodes, edgeBudget);
    }
}
