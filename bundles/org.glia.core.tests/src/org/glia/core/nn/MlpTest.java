package org.glia.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks the forward pass of {@link Mlp} against numbers worked out by hand. */
class MlpTest {

    // 2-2-2: relu hidden layer, then the given output activation.
    private static Mlp net(Activation out) {
        DenseLayer hidden = new DenseLayer(2, 2, new double[] { 1, -2, 0.5, 0.25 }, new double[] { 0.5, -1 },
                Activation.RELU);
        DenseLayer output = new DenseLayer(2, 2, new double[] { 2, -1, -1, 1 }, new double[] { 0, 0.25 }, out);
        return new Mlp(List.of(hidden, output));
    }

    @Test
    void forwardMatchesHandComputation() {
        // z1 = (3 - 2 + 0.5, 1.5 + 0.25 - 1) = (1.5, 0.75); relu keeps both.
        // z2 = (2*1.5 - 0.75, -1.5 + 0.75 + 0.25) = (2.25, -0.5).
        double[][] a = net(Activation.IDENTITY).forward(new double[] { 3, 1 });
        assertEquals(3, a.length);
        assertArrayEquals(new double[] { 3, 1 }, a[0], 0);
        assertArrayEquals(new double[] { 1.5, 0.75 }, a[1], 1e-15);
        assertArrayEquals(new double[] { 2.25, -0.5 }, a[2], 1e-15);
    }

    @Test
    void reluCutsNegativePreActivations() {
        // z1 = (1 - 4 + 0.5, 0.5 + 0.5 - 1) = (-2.5, 0) -> a1 = (0, 0); z2 = (0, 0.25).
        ForwardPass p = net(Activation.IDENTITY).pass(new double[] { 1, 2 });
        assertArrayEquals(new double[] { -2.5, 0 }, p.preActivation(0), 1e-15);
        assertArrayEquals(new double[] { 0, 0 }, p.activation(1), 0);
        assertArrayEquals(new double[] { 0, 0.25 }, p.output(), 1e-15);
    }

    @Test
    void softmaxOutputIsLogistic() {
        double[] y = net(Activation.SOFTMAX).predict(new double[] { 3, 1 });
        double p0 = 1 / (1 + Math.exp(-2.75));
        assertArrayEquals(new double[] { p0, 1 - p0 }, y, 1e-15);
    }

    @Test
    void predictEqualsForwardAndBufferIsReused() {
        Mlp m = net(Activation.SIGMOID);
        double[] x = { -0.3, 0.7 };
        ForwardPass buffer = ForwardPass.allocate(m);
        assertSame(buffer, m.forward(x, buffer));
        assertArrayEquals(m.predict(x), buffer.output(), 0);
        assertArrayEquals(m.forward(x)[2], buffer.output(), 0);
    }

    @Test
    void sizesAndChecks() {
        Mlp m = net(Activation.IDENTITY);
        assertArrayEquals(new int[] { 2, 2, 2 }, m.sizes());
        assertEquals(2, m.depth());
        assertEquals(8, m.weightCount());
        assertEquals("Mlp[2-2-2]", m.toString());
        DenseLayer wrong = new DenseLayer(3, 1, new double[3], new double[1], Activation.IDENTITY);
        assertThrows(IllegalArgumentException.class, () -> new Mlp(List.of(m.layer(0), wrong)));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(List.of()));
        assertThrows(IllegalArgumentException.class, () -> m.predict(new double[3]));
    }
}
