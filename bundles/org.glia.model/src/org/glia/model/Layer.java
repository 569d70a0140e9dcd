package org.glia.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/** One layer of a {@link Network}: its nodes and the dense matrix of the weights coming into them. */
public interface Layer extends EObject {

    /** Whether this is the input, a hidden or the output layer. */
    LayerKind getKind();

    /** Sets {@link #getKind()}. */
    void setKind(LayerKind value);

    /** The activation function applied to the layer's pre-activations. */
    ActivationFunction getActivation();

    /** Sets {@link #getActivation()}. */
    void setActivation(ActivationFunction value);

    /** The nodes, in order. */
    EList<Node> getNodes();

    /**
     * The incoming weights: {@code nodes} rows by {@code nodes of the layer below} columns; null for the input
     * layer.
     */
    WeightMatrix getWeights();

    /** Sets {@link #getWeights()}. */
    void setWeights(WeightMatrix value);
}
