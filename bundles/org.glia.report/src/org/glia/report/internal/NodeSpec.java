package org.glia.report.internal;

import org.glia.core.cli.UsageException;
import org.glia.core.nn.Mlp;

/** Parses a node given as {@code LAYER:INDEX} (layer 1 = first hidden layer, the last = output; index from 0). */
final class NodeSpec {

    private NodeSpec() {
    }

    /**
     * {@code {level, index}} of {@code spec} in {@code net}.
     *
     * @throws UsageException when the text is malformed or the node does not exist
     */
    static int[] parse(String spec, Mlp net) throws UsageException {
        String[] parts = spec.split(":", -1);
        if (parts.length != 2) {
            throw new UsageException("--node expects LAYER:INDEX, e.g. " + net.depth() + ":0, got '" + spec + "'");
        }
        int level = number(parts[0], spec);
        int index = number(parts[1], spec);
        if (level < 1 || level > net.depth()) {
            throw new UsageException("layer " + level + " does not exist: the network " + net + " has layers 1 to "
                    + net.depth() + " (1 = first hidden layer, " + net.depth() + " = output)");
        }
        int size = net.sizes()[level];
        if (index < 0 || index >= size) {
            throw new UsageException("node " + index + " does not exist: layer " + level + " has nodes 0 to "
                    + (size - 1));
        }
        return new int[] {level, index};
    }

    private static int number(String s, String spec) throws UsageException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--node expects LAYER:INDEX with whole numbers, got '" + spec + "'");
        }
    }
}
