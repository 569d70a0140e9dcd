package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.NETWORK;
import static org.glia.model.GliaPackage.Literals.NETWORK__INIT_COUNT;
import static org.glia.model.GliaPackage.Literals.NETWORK__INPUT_SCALE;
import static org.glia.model.GliaPackage.Literals.NETWORK__INPUT_SHIFT;
import static org.glia.model.GliaPackage.Literals.NETWORK__LAYERS;
import static org.glia.model.GliaPackage.Literals.NETWORK__NODE_COUNT;
import static org.glia.model.GliaPackage.Literals.NETWORK__SEED;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.Layer;
import org.glia.model.Network;

/** The EMF implementation of {@link Network}. */
public class NetworkImpl extends GliaObject implements Network {

    @Override
    protected EClass eStaticClass() {
        return NETWORK;
    }

    @Override
    public EList<Layer> getLayers() {
        return list(NETWORK__LAYERS);
    }

    @Override
    public long getSeed() {
        return getLong(NETWORK__SEED);
    }

    @Override
    public void setSeed(long value) {
        set(NETWORK__SEED, value);
    }

    @Override
    public int getInitCount() {
        return getInt(NETWORK__INIT_COUNT);
    }

    @Override
    public void setInitCount(int value) {
        set(NETWORK__INIT_COUNT, value);
    }

    @Override
    public int getNodeCount() {
        return getInt(NETWORK__NODE_COUNT);
    }

    @Override
    public void setNodeCount(int value) {
        set(NETWORK__NODE_COUNT, value);
    }

    @Override
    public EList<Double> getInputShift() {
        return list(NETWORK__INPUT_SHIFT);
    }

    @Override
    public EList<Double> getInputScale() {
        return list(NETWORK__INPUT_SCALE);
    }
}
