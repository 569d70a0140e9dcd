package org.glia.report;

import java.util.List;

/**
 * The region map of one node of a saved model for one subject ({@code glia explain}).
 *
 * @param subject       the subject's id
 * @param diagnosis     the subject's diagnosis
 * @param method        the attribution method's id
 * @param level         the node's level (1 = first hidden layer, depth = output)
 * @param node          the node's index within its level
 * @param nodeLabel     the node's label (the class name for an output node), possibly empty
 * @param regions       the region names, in cohort order
 * @param importance    the map, one value per region
 * @param layerSums     the sum of the importances at every level from the input (index 0) up to the node's level;
 *                      for methods other than the paper's only index 0 is known, the others are NaN
 * @param classes       the model's classes, in output order
 * @param probabilities the model's class probabilities for the subject
 */
public record NodeExplanation(String subject, String diagnosis, String method, int level, int node, String nodeLabel,
        List<String> regions, double[] importance, double[] layerSums, List<String> classes, double[] probabilities) {

    /** Copies the lists. */
    public NodeExplanation {
        regions = List.copyOf(regions);
        classes = List.copyOf(classes);
    }
}
