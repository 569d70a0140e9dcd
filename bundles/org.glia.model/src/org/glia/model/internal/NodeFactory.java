package org.glia.model.internal;

import org.glia.model.GliaFactory;
import org.glia.model.Network;
import org.glia.model.Node;

/** Creates nodes with the next free id of their network. */
public final class NodeFactory {

    private NodeFactory() {
    }

    /**
     * A new node labelled {@code label} with bias 0 and id {@code "n" + network.getNodeCount()}; increments the
     * network's node count (callers that undo must restore it).
     */
    public static Node create(Network network, String label) {
        int id = network.getNodeCount();
        network.setNodeCount(id + 1);
        Node n = GliaFactory.eINSTANCE.createNode();
        n.setId("n" + id);
        n.setLabel(label);
        return n;
    }
}
