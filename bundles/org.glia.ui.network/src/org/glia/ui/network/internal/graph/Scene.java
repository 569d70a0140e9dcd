package org.glia.ui.network.internal.graph;

import org.glia.ui.network.NetworkDisplaySettings;

/**
 * Everything the network view paints, prepared off the UI thread: the network copy, its layout, the edges chosen
 * by the level of detail, their style and batches, and the node activity of the chosen subject (or null).
 *
 * @param network  the network drawn
 * @param layout   where its nodes are
 * @param edges    which edges are drawn
 * @param style    how an edge's weight looks
 * @param batches  the drawn edges grouped by look
 * @param activity the node activations of the chosen subject, or null when none is chosen
 * @param settings the settings the scene was made with
 */
public record Scene(NetworkSnapshot network, GraphLayout layout, DrawnEdges edges, EdgeStyle style,
        EdgeBatches batches, NodeActivity activity, NetworkDisplaySettings settings) {
}
