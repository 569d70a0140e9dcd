package org.glia.explain;

import java.util.Objects;

/**
 * An attribution method together with what its contribution declares about it.
 *
 * @param id     stable identifier used on the command line and in files, e.g. {@code "paper"}
 * @param name   human readable name, e.g. {@code "Importance backpropagation (paper)"}
 * @param signed true when attributions can be negative (colour maps then need a diverging scale)
 * @param method the implementation
 */
public record MethodDescriptor(String id, String name, boolean signed, AttributionMethod method) {

    /** Creates a descriptor. */
    public MethodDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
    }
}
