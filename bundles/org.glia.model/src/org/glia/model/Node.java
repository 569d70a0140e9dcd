package org.glia.model;

import org.eclipse.emf.ecore.EObject;

/** One node (neuron) of a {@link Layer}. */
public interface Node extends EObject {

    /** An id unique in its network that survives edits (positions do not), e.g. {@code "n12"}. */
    String getId();

    /** Sets {@link #getId()}. */
    void setId(String value);

    /** The region name of an input node, the class name of an output node, empty for a hidden node. */
    String getLabel();

    /** Sets {@link #getLabel()}. */
    void setLabel(String value);

    /** The bias added to the node's pre-activation (0 for input nodes, which have none). */
    double getBias();

    /** Sets {@link #getBias()}. */
    void setBias(double value);
}
