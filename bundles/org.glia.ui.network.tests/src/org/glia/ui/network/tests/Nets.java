package org.glia.ui.network.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.nn.NetworkBuilder;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.SceneBuilder;
import org.glia.ui.network.internal.graph.SceneRequest;

/** Test networks made in code from a seed: plain Mlps of any shape and model networks with region labels. */
final class Nets {

    private Nets() {
    }

    /** An Mlp of the given sizes with weights uniform in [-1, 1) from {@code seed}, ReLU hidden, softmax output. */
    static Mlp mlp(long seed, int... sizes) {
        SplittableRandom r = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 0; k + 1 < sizes.length; k++) {
            double[] w = new double[sizes[k] * sizes[k + 1]];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextDouble(-1, 1);
            }
            double[] b = new double[sizes[k + 1]];
            boolean last = k + 2 == sizes.length;
            layers.add(new DenseLayer(sizes[k], sizes[k + 1], w, b, last ? Activation.SOFTMAX : Activation.RELU));
        }
        return new Mlp(layers);
    }

    /** A snapshot of {@link #mlp} with labels R0.. and C0... */
    static NetworkSnapshot snapshot(long seed, int... sizes) {
        return NetworkSnapshot.of(mlp(seed, sizes), labels("R", sizes[0]), labels("C", sizes[sizes.length - 1]));
    }

    /** {@code prefix + i} for i below {@code n}. */
    static List<String> labels(String prefix, int n) {
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(prefix + i);
        }
        return l;
    }

    /** A model network: {@code regions} inputs named Region_i, the hidden layers, classes HC and AD. */
    static Network network(int regions, long seed, int... hidden) {
        return NetworkBuilder.build(labels("Region_", regions), hidden, ActivationFunction.RELU, List.of("HC", "AD"), seed);
    }

    /** The scene of {@code network} with default settings except the budget. */
    static Scene scene(NetworkSnapshot network, long budget) {
        return SceneBuilder.build(new SceneRequest(network, NetworkDisplaySettings.DEFAULT.withEdgeBudget(budget), null,
                null), new NullProgressMonitor());
    }
}
