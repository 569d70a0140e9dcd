package org.glia.ui.network.internal.graph;

import org.glia.ui.network.NetworkDisplaySettings;

/**
 * What a {@link Scene} is made from: a network copy, or a captured network still to be copied (the copy is then
 * made off the UI thread with the rest of the scene), and how to draw it.
 *
 * @param network  the network copy, or null when {@code source} is to be copied
 * @param source   the captured network, or null
 * @param settings how to draw it
 * @param subject  the name of the subject whose activations colour the nodes, or null
 * @param input    that subject's standardised input, or null
 */
public record SceneRequest(NetworkSnapshot network, NetworkSource source, NetworkDisplaySettings settings,
        String subject, double[] input) {

    /** A request for a network copy. */
    public SceneRequest(NetworkSnapshot network, NetworkDisplaySettings settings, String subject, double[] input) {
        this(network, null, settings, subject, input);
    }

    /** True when there is a network to draw. */
    public boolean hasNetwork() {
        return network != null || source != null;
    }

    /** The network copy, made from the source when there is none yet. */
    public NetworkSnapshot snapshot() {
        return network != null ? network : source.snapshot();
    }

    /** This request for another network copy (null: none). */
    public SceneRequest withNetwork(NetworkSnapshot n) {
        return new SceneRequest(n, null, settings, subject, input);
    }

    /** This request for a captured network, copied when the scene is made. */
    public SceneRequest withSource(NetworkSource s) {
        return new SceneRequest(null, s, settings, subject, input);
    }

    /** This request with other settings. */
    public SceneRequest withSettings(NetworkDisplaySettings s) {
        return new SceneRequest(network, source, s, subject, input);
    }

    /** This request with another subject (null: none). */
    public SceneRequest withSubject(String name, double[] x) {
        return new SceneRequest(network, source, settings, name, x);
    }
}
