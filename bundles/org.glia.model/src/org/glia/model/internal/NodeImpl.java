package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.NODE;
import static org.glia.model.GliaPackage.Literals.NODE__BIAS;
import static org.glia.model.GliaPackage.Literals.NODE__ID;
import static org.glia.model.GliaPackage.Literals.NODE__LABEL;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.glia.model.Node;

/**
 * The EMF implementation of {@link Node}. Unlike the other model classes its three values live in plain fields,
 * not in EMF's reflective settings: a network holds one node per region and hidden unit, and every recorded
 * version keeps a copy, so a node must stay small (a boxed bias and a settings array per node doubled a
 * version's size). Reflective access, notifications and "is set" behave as for the other classes.
 */
public class NodeImpl extends GliaObject implements Node {

    private String id;
    private String label;
    private double bias;

    @Override
    protected EClass eStaticClass() {
        return NODE;
    }

    /** All of a node's features are held in fields, so EMF's settings (e.g. EcoreUtil's copier) go through eGet/eSet. */
    @Override
    protected int eStaticFeatureCount() {
        return NODE.getFeatureCount();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void setId(String value) {
        String old = id;
        id = value;
        notifySet(NODE__ID, old, value);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String value) {
        String old = label;
        label = value;
        notifySet(NODE__LABEL, old, value);
    }

    @Override
    public double getBias() {
        return bias;
    }

    @Override
    public void setBias(double value) {
        double old = bias;
        bias = value;
        if (eNotificationRequired()) {
            eNotify(new ENotificationImpl(this, Notification.SET, NODE__BIAS, old, value));
        }
    }

    private void notifySet(EStructuralFeature feature, Object old, Object value) {
        if (eNotificationRequired()) {
            eNotify(new ENotificationImpl(this, Notification.SET, feature, old, value));
        }
    }

    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        EStructuralFeature f = eClass().getEStructuralFeature(featureID);
        if (f == NODE__ID) {
            return id;
        }
        if (f == NODE__LABEL) {
            return label;
        }
        if (f == NODE__BIAS) {
            return bias;
        }
        return super.eGet(featureID, resolve, coreType);
    }

    @Override
    public void eSet(int featureID, Object newValue) {
        EStructuralFeature f = eClass().getEStructuralFeature(featureID);
        if (f == NODE__ID) {
            setId((String) newValue);
        } else if (f == NODE__LABEL) {
            setLabel((String) newValue);
        } else if (f == NODE__BIAS) {
            setBias(newValue == null ? 0 : (Double) newValue);
        } else {
            super.eSet(featureID, newValue);
        }
    }

    @Override
    public void eUnset(int featureID) {
        EStructuralFeature f = eClass().getEStructuralFeature(featureID);
        if (f == NODE__ID) {
            setId(null);
        } else if (f == NODE__LABEL) {
            setLabel(null);
        } else if (f == NODE__BIAS) {
            setBias(0);
        } else {
            super.eUnset(featureID);
        }
    }

    @Override
    public boolean eIsSet(int featureID) {
        EStructuralFeature f = eClass().getEStructuralFeature(featureID);
        if (f == NODE__ID) {
            return id != null;
        }
        if (f == NODE__LABEL) {
            return label != null;
        }
        if (f == NODE__BIAS) {
            // as EMF's own settings: set unless equal to the default 0.0 (Double.equals: -0.0 counts as set)
            return !Double.valueOf(bias).equals(0.0);
        }
        return super.eIsSet(featureID);
    }
}
