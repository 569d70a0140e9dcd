package org.glia.ui.brain.internal;

import java.util.List;

import org.glia.core.nn.Mlp;

/**
 * What one region map is the mean over: a network and the subjects' inputs, already standardised with that
 * network's own scaling.
 *
 * @param net    the network
 * @param inputs the standardised input vectors (one per subject)
 */
public record MapInput(Mlp net, List<double[]> inputs) {

    /** Copies the list. */
    public MapInput {
        inputs = List.copyOf(inputs);
    }
}
