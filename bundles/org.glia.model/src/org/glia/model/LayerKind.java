package org.glia.model;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/** The role of a {@link Layer} in its {@link Network}: exactly one input layer first, one output layer last. */
public enum LayerKind implements Enumerator {

    /** The first layer: one node per feature (brain region); it has no weights and no biases. */
    INPUT,
    /** A layer between input and output; the only kind the user may add, remove or shrink. */
    HIDDEN,
    /** The last layer: one node per class, normally with softmax activation. */
    OUTPUT;

    @Override
    public int getValue() {
        return ordinal();
    }

    @Override
    public String getName() {
        return name();
    }

    @Override
    public String getLiteral() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return getLiteral();
    }
}
