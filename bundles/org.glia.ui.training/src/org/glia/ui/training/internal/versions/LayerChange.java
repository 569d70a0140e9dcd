package org.glia.ui.training.internal.versions;

import java.util.List;

/**
 * How one layer differs between two versions; layers are matched by the ids of their nodes, so an inserted or
 * removed layer has no counterpart.
 *
 * @param layerA          its position in the first version, -1 when the layer was added
 * @param layerB          its position in the second version, -1 when the layer was removed
 * @param sizeA           nodes in the first version (0 when added)
 * @param sizeB           nodes in the second version (0 when removed)
 * @param added           ids of the nodes only the second version has
 * @param removed         ids of the nodes only the first version has
 * @param weightChange    Frobenius norm of the change of the incoming weights between the nodes both versions have,
 *                        NaN for the input layer or without common weights
 * @param relativeChange  {@code weightChange} divided by the norm of those weights in the first version (NaN when
 *                        that is 0)
 * @param comparedWeights how many weights were compared
 * @param sameShape       true when the layer and the one below it have the same nodes in both versions
 */
public record LayerChange(int layerA, int layerB, int sizeA, int sizeB, List<String> added, List<String> removed,
        double weightChange, double relativeChange, int comparedWeights, boolean sameShape) {

    /** Copies the lists. */
    public LayerChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** True when the layer exists in both versions. */
    public boolean matched() {
        return layerA >= 0 && layerB >= 0;
    }
}
