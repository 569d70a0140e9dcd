package org.glia.model.internal.edit;

import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.Networks;

/** The user-facing reasons shared by the edits; each method returns null when the check passes. */
final class Checks {

    /** Most nodes one edit may add: beyond this a typo is likelier than intent. */
    static final int MAX_NEW_NODES = 100_000;

    private Checks() {
    }

    static String layer(Network n, int layer) {
        int count = n.getLayers().size();
        if (layer < 0 || layer >= count) {
            return "There is no layer " + layer + "; the network has layers 0 to " + (count - 1) + ".";
        }
        return null;
    }

    static String node(Network n, int layer, int node) {
        String r = layer(n, layer);
        if (r != null) {
            return r;
        }
        int count = n.getLayers().get(layer).getNodes().size();
        if (node < 0 || node >= count) {
            return "There is no node " + Networks.ref(layer, node) + "; layer " + layer + " has nodes 0 to "
                    + (count - 1) + ".";
        }
        return null;
    }

    /** Refuses unless {@code layer} is hidden; {@code action} completes "Only hidden layers can ...". */
    static String hidden(Network n, int layer, String action) {
        String r = layer(n, layer);
        if (r != null) {
            return r;
        }
        LayerKind kind = n.getLayers().get(layer).getKind();
        if (kind == LayerKind.INPUT) {
            return "Layer " + layer + " is the input layer (one node per feature); only hidden layers can " + action + ".";
        }
        if (kind == LayerKind.OUTPUT) {
            return "Layer " + layer + " is the output layer (one node per class); only hidden layers can " + action + ".";
        }
        return null;
    }

    static String finite(double value, String what) {
        return Double.isFinite(value) ? null : what + " must be a finite number, not " + value + ".";
    }

    static String count(int count) {
        if (count < 1 || count > MAX_NEW_NODES) {
            return "The number of nodes must be between 1 and " + MAX_NEW_NODES + ", not " + count + ".";
        }
        return null;
    }

    static Layer at(Network n, int layer) {
        return n.getLayers().get(layer);
    }
}
