package org.glia.ui.network.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.ui.network.internal.graph.NetworkSnapshot;

/** The seeded random networks the frame benchmark draws: uniform weights scaled by 1/sqrt(fan-in), ReLU hidden. */
public final class BenchNetworks {

    private BenchNetworks() {
    }

    /**
     * A network of the given layer sizes (input first) with weights uniform in {@code ±1/sqrt(fan-in)} from
     * {@code seed}, inputs labelled {@code R1..}, outputs {@code C1..}; same seed, same network.
     */
    public static NetworkSnapshot random(long seed, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least two layers");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<DenseLayer> layers = new ArrayList<>();
        for (int k = 0; k + 1 < sizes.length; k++) {
            double limit = 1 / Math.sqrt(sizes[k]);
            double[] w = new double[Math.multiplyExact(sizes[k], sizes[k + 1])];
            for (int i = 0; i < w.length; i++) {
                w[i] = random.nextDouble(-limit, limit);
            }
            boolean last = k + 2 == sizes.length;
            layers.add(new DenseLayer(sizes[k], sizes[k + 1], w, new double[sizes[k + 1]],
                    last ? Activation.SOFTMAX : Activation.RELU));
        }
        return NetworkSnapshot.of(new Mlp(layers), labels("R", sizes[0]), labels("C", sizes[sizes.length - 1]));
    }

    /** The sizes as the benchmark names them, e.g. {@code 278-512-3}. */
    public static String name(int... sizes) {
        StringBuilder sb = new StringBuilder();
        for (int s : sizes) {
            sb.append(sb.isEmpty() ? "" : "-").append(s);
        }
        return sb.toString();
    }

    private static List<String> labels(String prefix, int n) {
        List<String> l = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            l.add(prefix + i);
        }
        return l;
    }
}
