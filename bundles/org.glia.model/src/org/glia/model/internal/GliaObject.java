package org.glia.model.internal;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The base of the Glia model classes: EMF's reflective feature delegation, as EMF's generator writes it for
 * "Feature Delegation: Reflective" (no static features, every value in the dynamic settings).
 */
abstract class GliaObject extends MinimalEObjectImpl.Container {

    @Override
    protected int eStaticFeatureCount() {
        return 0;
    }

    /** The value of {@code f}. */
    protected final Object get(EStructuralFeature f) {
        return eGet(f, true);
    }

    /** The value of a many-valued {@code f}. */
    @SuppressWarnings("unchecked")
    protected final <T> EList<T> list(EStructuralFeature f) {
        return (EList<T>) eGet(f, true);
    }

    /** Sets {@code f}, notifying adapters. */
    protected final void set(EStructuralFeature f, Object value) {
        eSet(f, value);
    }

    /** The value of an {@code EDouble} feature. */
    protected final double getDouble(EStructuralFeature f) {
        return (Double) eGet(f, true);
    }

    /** The value of an {@code EInt} feature. */
    protected final int getInt(EStructuralFeature f) {
        return (Integer) eGet(f, true);
    }

    /** The value of an {@code ELong} feature. */
    protected final long getLong(EStructuralFeature f) {
        return (Long) eGet(f, true);
    }
}
