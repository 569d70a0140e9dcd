package org.glia.core.nn;

import java.util.Locale;

/** The activation functions a {@link DenseLayer} can apply to its pre-activations. */
public enum Activation {

    /** a = z. */
    IDENTITY,
    /** a = max(0, z). */
    RELU,
    /** a = tanh(z); the only hidden activation here whose output can be negative. */
    TANH,
    /** a = 1 / (1 + e^-z). */
    SIGMOID,
    /** a_i = e^z_i / sum_l e^z_l over the whole layer; meant for the output layer. */
    SOFTMAX;

    /** The lower-case name used in files and on the command line, e.g. {@code "relu"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks an activation up by its {@link #id()} (case-insensitive, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the accepted values when {@code id} is unknown
     */
    public static Activation of(String id) {
        if (id != null) {
            String key = id.trim();
            for (Activation a : values()) {
                if (a.id().equalsIgnoreCase(key)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id
                + "'; expected one of identity, relu, tanh, sigmoid, softmax");
    }

    /** True when each output depends only on its own input (every activation except {@link #SOFTMAX}). */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /**
     * The activation of a single pre-activation.
     *
     * @throws UnsupportedOperationException for {@link #SOFTMAX}, which needs the whole layer
     */
    public double value(double z) {
        return switch (this) {
            case IDENTITY -> z;
            case RELU -> z > 0 ? z : 0.0;
            case TANH -> Math.tanh(z);
            case SIGMOID -> sigmoid(z);
            case SOFTMAX -> throw new UnsupportedOperationException("softmax needs the whole layer; use apply(double[])");
        };
    }

    /** Replaces every pre-activation of {@code z} by its activation, in place. */
    public void apply(double[] z) {
        switch (this) {
            case IDENTITY -> {
                // nothing to do
            }
            case RELU -> {
                for (int i = 0; i < z.length; i++) {
                    z[i] = z[i] > 0 ? z[i] : 0.0;
                }
            }
            case TANH -> {
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.tanh(z[i]);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < z.length; i++) {
                    z[i] = sigmoid(z[i]);
                }
            }
            case SOFTMAX -> softmax(z);
        }
    }

    /**
     * da/dz of an element-wise activation at pre-activation {@code z} with activation {@code a}
     * (both are given so that each case uses the cheaper one). ReLU's derivative at 0 is taken as 0.
     *
     * @throws UnsupportedOperationException for {@link #SOFTMAX}, whose Jacobian is not diagonal
     */
    public double derivative(double z, double a) {
        return switch (this) {
            case IDENTITY -> 1.0;
            case RELU -> z > 0 ? 1.0 : 0.0;
            case TANH -> 1.0 - a * a;
            case SIGMOID -> a * (1.0 - a);
            case SOFTMAX -> throw new UnsupportedOperationException(
                    "softmax has no element-wise derivative; use da_i/dz_j = a_i (delta_ij - a_j)");
        };
    }

    private static double sigmoid(double z) {
        // Two branches so that exp never overflows for large |z|.
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    private static void softmax(double[] z) {
        if (z.length == 0) {
            return;
        }
        // Shifting by the maximum keeps every exponent <= 0: no overflow, and at least one term is 1.
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
    }
}
