package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.junit.jupiter.api.Test;

/** EMF network to Mlp and back, and freshly built networks. */
class ConversionTest {

    @Test
    void builderMakesASoundSeededNetwork() {
        Network a = NetworkBuilder.build(Fixtures.regions(90), new int[] {8, 4}, ActivationFunction.RELU,
                List.of("HC", "AD"), 7);
        assertArrayEquals(new int[] {90, 8, 4, 2}, Networks.sizes(a));
        assertTrue(Networks.problems(a).isEmpty());
        assertEquals("Region_3", a.getLayers().get(0).getNodes().get(3).getLabel());
        assertEquals("AD", a.getLayers().get(3).getNodes().get(1).getLabel());
        assertEquals(ActivationFunction.SOFTMAX, a.getLayers().get(3).getActivation());
        Network b = NetworkBuilder.build(Fixtures.regions(90), new int[] {8, 4}, ActivationFunction.RELU,
                List.of("HC", "AD"), 7);
        assertEquals(Snapshot.of(a), Snapshot.of(b));
        double limit = Math.sqrt(6.0 / 90);
        for (double w : a.getLayers().get(1).getWeights().getValues()) {
            assertTrue(Math.abs(w) <= limit);
        }
        Network c = NetworkBuilder.build(Fixtures.regions(90), new int[] {8, 4}, ActivationFunction.RELU,
                List.of("HC", "AD"), 8);
        assertTrue(!Snapshot.of(a).equals(Snapshot.of(c)));
        assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.build(Fixtures.regions(3), new int[] {0},
                ActivationFunction.RELU, List.of("a", "b"), 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.build(Fixtures.regions(3), new int[] {2},
                ActivationFunction.SOFTMAX, List.of("a", "b"), 1));
    }

    @Test
    void toMlpAndBack() {
        Network n = Fixtures.network(6, new int[] {5, 3}, 3, 11);
        n.getLayers().get(2).getNodes().get(1).setBias(0.75);
        Mlp mlp = MlpConversion.toMlp(n);
        assertArrayEquals(new int[] {6, 5, 3, 3}, mlp.sizes());
        assertEquals(Activation.RELU, mlp.layer(0).activation());
        assertEquals(Activation.SOFTMAX, mlp.layer(2).activation());
        assertEquals(0.75, mlp.layer(1).bias(1));
        assertEquals(n.getLayers().get(2).getWeights().get(2, 4), mlp.layer(1).weight(2, 4));
        assertTrue(MlpConversion.matches(n, mlp));
        Network back = MlpConversion.toNetwork(mlp, Fixtures.regions(6), List.of("C0", "C1", "C2"), 11);
        assertTrue(MlpConversion.matches(back, mlp));
        assertEquals(mlp, MlpConversion.toMlp(back));
        double[] out = mlp.predict(new double[] {1, 2, 3, 4, 5, 6});
        assertEquals(1.0, out[0] + out[1] + out[2], 1e-12);
        n.getLayers().get(1).getWeights().set(0, 0, 9);
        assertTrue(!MlpConversion.matches(n, mlp));
    }

    @Test
    void unsoundNetworksAreNotConverted() {
        Network n = Fixtures.network(3, new int[] {2}, 2, 1);
        n.getLayers().get(1).getWeights().reshape(1, 3, new double[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MlpConversion.toMlp(n));
        assertTrue(e.getMessage().contains("layer 1"), e.getMessage());
    }

    @Test
    void standardizeUsesShiftAndScale() {
        Network n = Fixtures.network(2, new int[] {2}, 2, 1);
        double[] x = {3, 5};
        assertArrayEquals(x, MlpConversion.standardize(n, x));
        n.getInputShift().addAll(List.of(1.0, 1.0));
        n.getInputScale().addAll(List.of(2.0, 4.0));
        assertArrayEquals(new double[] {1, 1}, MlpConversion.standardize(n, x));
        assertArrayEquals(new double[] {3, 5}, x);
        n.getInputScale().set(1, Double.POSITIVE_INFINITY); // a dropped (constant) input
        assertArrayEquals(new double[] {1, 0}, MlpConversion.standardize(n, x));
        assertTrue(Networks.problems(n).isEmpty());
        n.getInputScale().set(1, 0.0);
        assertEquals(1, Networks.problems(n).size());
    }
}
