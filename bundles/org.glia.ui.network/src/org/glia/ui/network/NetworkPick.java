package org.glia.ui.network;

import org.glia.model.Networks;

/**
 * What the user picked in the network editor, as the workbench selection: a node (layer and index) or an edge
 * (source layer, source and target index, weight).
 *
 * @param kind   node or edge
 * @param layer  the node's layer, or the edge's source layer
 * @param node   the node's index, or the edge's source index
 * @param target the edge's target index in layer {@code layer + 1}; -1 for a node
 * @param weight the edge's weight when picked; NaN for a node
 * @param label  the node's label (region, {@code layer:index} or class), or the edge's {@code from→to}
 */
public record NetworkPick(Kind kind, int layer, int node, int target, double weight, String label) {

    /** What was picked. */
    public enum Kind {
        /** A node. */
        NODE,
        /** An edge between neighbouring layers. */
        EDGE
    }

    /** A picked node. */
    public static NetworkPick node(int layer, int node, String label) {
        return new NetworkPick(Kind.NODE, layer, node, -1, Double.NaN, label);
    }

    /** A picked edge from node {@code from} of {@code layer} to node {@code to} of the next layer. */
    public static NetworkPick edge(int layer, int from, int to, double weight) {
        return new NetworkPick(Kind.EDGE, layer, from, to, weight,
                Networks.ref(layer, from) + "\u2192" + Networks.ref(layer + 1, to));
    }

    /** True for a node. */
    public boolean isNode() {
        return kind == Kind.NODE;
    }

    /** True for an edge. */
    public boolean isEdge() {
        return kind == Kind.EDGE;
    }

    /** The reference shown to the user: {@code 1:3} for a node, {@code 1:3→2:0} for an edge. */
    public String ref() {
        return isNode() ? Networks.ref(layer, node) : label;
    }

    @Override
    public String toString() {
        return isNode() ? "Node " + ref() + (label.equals(ref()) ? "" : " (" + label + ")")
                : "Edge " + ref() + " (weight " + weight + ")";
    }
}
