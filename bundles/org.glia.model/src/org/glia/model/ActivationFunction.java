package org.glia.model;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.glia.core.nn.Activation;

/** The activation function of a {@link Layer}, as stored in the model; maps one to one onto {@link Activation}. */
public enum ActivationFunction implements Enumerator {

    /** a = z; also used for the input layer. */
    IDENTITY,
    /** a = max(0, z). */
    RELU,
    /** a = tanh(z). */
    TANH,
    /** a = 1 / (1 + e^-z). */
    SIGMOID,
    /** Normalised exponentials over the layer; for the output layer. */
    SOFTMAX;

    /** The forward-pass activation this literal stands for. */
    public Activation toActivation() {
        return Activation.valueOf(name());
    }

    /** The literal standing for {@code a}. */
    public static ActivationFunction of(Activation a) {
        return valueOf(a.name());
    }

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
