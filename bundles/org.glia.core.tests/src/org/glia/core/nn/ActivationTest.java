package org.glia.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checks the activation functions, their derivatives and the stability of softmax. */
class ActivationTest {

    @Test
    void softmaxIsStableForHugeInputs() {
        double[] z = { 1000, 1000, -1000 };
        Activation.SOFTMAX.apply(z);
        assertArrayEquals(new double[] { 0.5, 0.5, 0 }, z, 1e-15);
        double[] w = { -1e308, 0, 1e308 };
        Activation.SOFTMAX.apply(w);
        assertArrayEquals(new double[] { 0, 0, 1 }, w, 0);
    }

    @Test
    void softmaxSumsToOneAndIsShiftInvariant() {
        double[] a = { 0.1, -2, 3.5, 0 };
        double[] b = { 100.1, 98, 103.5, 100 };
        Activation.SOFTMAX.apply(a);
        Activation.SOFTMAX.apply(b);
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        assertEquals(1, sum, 1e-15);
        assertArrayEquals(a, b, 1e-14);
    }

    @Test
    void sigmoidDoesNotOverflow() {
        assertEquals(0, Activation.SIGMOID.value(-1000), 0);
        assertEquals(1, Activation.SIGMOID.value(1000), 0);
        assertEquals(0.5, Activation.SIGMOID.value(0), 0);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = { "IDENTITY", "RELU", "TANH", "SIGMOID" })
    void derivativeMatchesFiniteDifference(Activation f) {
        double h = 1e-6;
        for (double z = -3.1; z < 3; z += 0.37) {
            double numeric = (f.value(z + h) - f.value(z - h)) / (2 * h);
            assertEquals(numeric, f.derivative(z, f.value(z)), 1e-8, f + " at " + z);
            double[] v = { z };
            f.apply(v);
            assertEquals(f.value(z), v[0], 0);
        }
    }

    @Test
    void idsRoundTrip() {
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.of(a.id()));
        }
        assertEquals(Activation.RELU, Activation.of(" ReLU "));
        assertEquals("tanh", Activation.TANH.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.of("elu"));
        assertTrue(e.getMessage().contains("elu"));
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivative(0, 0));
    }
}
