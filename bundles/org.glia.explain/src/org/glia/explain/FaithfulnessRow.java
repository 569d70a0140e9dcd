package org.glia.explain;

/**
 * The faithfulness of one method for one class: AOPC of the three deletion orders, averaged over the class's
 * subjects (one line of {@code faithfulness.csv}).
 *
 * @param method     the method's id
 * @param className  the class's name
 * @param subjects   number of subjects averaged
 * @param aopcMorf   AOPC removing the most relevant regions first (higher = more faithful)
 * @param aopcLerf   AOPC removing the least relevant regions first (lower = more faithful)
 * @param aopcRandom AOPC removing regions in random order (the baseline)
 */
public record FaithfulnessRow(String method, String className, int subjects, double aopcMorf, double aopcLerf,
        double aopcRandom) {
}
