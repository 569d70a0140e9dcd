package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.LAYER;
import static org.glia.model.GliaPackage.Literals.LAYER__ACTIVATION;
import static org.glia.model.GliaPackage.Literals.LAYER__KIND;
import static org.glia.model.GliaPackage.Literals.LAYER__NODES;
import static org.glia.model.GliaPackage.Literals.LAYER__WEIGHTS;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.ActivationFunction;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;

/** The EMF implementation of {@link Layer}. */
public class LayerImpl extends GliaObject implements Layer {

    @Override
    protected EClass eStaticClass() {
        return LAYER;
    }

    @Override
    public LayerKind getKind() {
        return (LayerKind) get(LAYER__KIND);
    }

    @Override
    public void setKind(LayerKind value) {
        set(LAYER__KIND, value);
    }

    @Override
    public ActivationFunction getActivation() {
        return (ActivationFunction) get(LAYER__ACTIVATION);
    }

    @Override
    public void setActivation(ActivationFunction value) {
        set(LAYER__ACTIVATION, value);
    }

    @Override
    public EList<Node> getNodes() {
        return list(LAYER__NODES);
    }

    @Override
    public WeightMatrix getWeights() {
        return (WeightMatrix) get(LAYER__WEIGHTS);
    }

    @Override
    public void setWeights(WeightMatrix value) {
        set(LAYER__WEIGHTS, value);
    }
}
