package org.glia.ui.network.internal.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;

/**
 * Fresh random weights for an architecture (layer sizes and activations), drawn exactly as Glia draws the weights
 * of a new network ({@link NetworkBuilder}: He or Glorot uniform by the layer's activation, biases 0) from a seed:
 * the starting point of a cross-validation fold that must not inherit anything the working weights learnt.
 */
final class FreshStart {

    private FreshStart() {
    }

    /**
     * A network shaped like {@code architecture} with fresh weights from {@code seed}; same seed, same weights.
     *
     * @throws IllegalArgumentException when a hidden layer is softmax or the output has fewer than two nodes
     */
    static Mlp of(Mlp architecture, long seed) {
        int depth = architecture.depth();
        int[] sizes = architecture.sizes();
        int[] hidden = new int[depth - 1];
        System.arraycopy(sizes, 1, hidden, 0, hidden.length);
        List<String> inputs = Collections.nCopies(architecture.inputs(), "");
        List<String> outputs = Collections.nCopies(architecture.outputs(), "");
        // the builder gives every hidden layer one activation: build once per activation present, take each
        // layer from the build whose activation it has (a layer's draw does not depend on the other layers')
        Map<Activation, Mlp> builds = new EnumMap<>(Activation.class);
        List<DenseLayer> layers = new ArrayList<>(depth);
        for (int k = 0; k < depth; k++) {
            DenseLayer shape = architecture.layer(k);
            Activation key = k < depth - 1 ? shape.activation() : hiddenOrRelu(architecture);
            Mlp built = builds.computeIfAbsent(key, a -> MlpConversion.toMlp(
                    NetworkBuilder.build(inputs, hidden, ActivationFunction.of(a), outputs, seed)));
            DenseLayer fresh = built.layer(k);
            layers.add(new DenseLayer(shape.inputs(), shape.outputs(), fresh.weightsView(), fresh.bias(),
                    shape.activation()));
        }
        return new Mlp(layers);
    }

    /** The activation of the first hidden layer, or ReLU without hidden layers (it then does not matter). */
    private static Activation hiddenOrRelu(Mlp architecture) {
        return architecture.depth() > 1 ? architecture.layer(0).activation() : Activation.RELU;
    }
}
