package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.NODE;
import static org.glia.model.GliaPackage.Literals.NODE__BIAS;
import static org.glia.model.GliaPackage.Literals.NODE__ID;
import static org.glia.model.GliaPackage.Literals.NODE__LABEL;

import org.eclipse.emf.ecore.EClass;
import org.glia.model.Node;

/** The EMF implementation of {@link Node}. */
public class NodeImpl extends GliaObject implements Node {

    @Override
    protected EClass eStaticClass() {
        return NODE;
    }

    @Override
    public String getId() {
        return (String) get(NODE__ID);
    }

    @Override
    public void setId(String value) {
        set(NODE__ID, value);
    }

    @Override
    public String getLabel() {
        return (String) get(NODE__LABEL);
    }

    @Override
    public void setLabel(String value) {
        set(NODE__LABEL, value);
    }

    @Override
    public double getBias() {
        return getDouble(NODE__BIAS);
    }

    @Override
    public void setBias(double value) {
        set(NODE__BIAS, value);
    }
}
