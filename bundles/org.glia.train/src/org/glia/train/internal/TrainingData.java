package org.glia.train.internal;

import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;

/** Checks that a data set and a network fit each other before training. */
public final class TrainingData {

    private TrainingData() {
    }

    /**
     * Refuses data the network cannot be trained on.
     *
     * @throws IllegalArgumentException naming the first fault
     */
    public static void check(Mlp net, double[][] x, int[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " feature rows but " + y.length + " labels");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("there are no subjects to train on");
        }
        if (net.layer(net.depth() - 1).activation() != Activation.SOFTMAX) {
            throw new IllegalArgumentException("the output layer must be softmax to train a classifier, not "
                    + net.layer(net.depth() - 1).activation().id());
        }
        for (int k = 0; k < net.depth() - 1; k++) {
            if (!net.layer(k).activation().isElementwise()) {
                throw new IllegalArgumentException("hidden layer " + (k + 1) + " must have an element-wise activation");
            }
        }
        for (int s = 0; s < x.length; s++) {
            if (x[s].length != net.inputs()) {
                throw new IllegalArgumentException("subject " + s + " has " + x[s].length + " features; the network has "
                        + net.inputs() + " inputs");
            }
            for (double v : x[s]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("subject " + s + " has a feature that is not a finite number: " + v);
                }
            }
            if (y[s] < 0 || y[s] >= net.outputs()) {
                throw new IllegalArgumentException("subject " + s + " has class " + y[s] + "; the network has classes 0 to "
                        + (net.outputs() - 1));
            }
        }
    }
}
