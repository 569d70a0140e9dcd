package org.glia.report.internal;

import java.util.List;

import org.glia.explain.FaithfulnessRow;
import org.glia.explain.MethodDescriptor;
import org.glia.report.AnalysisOptions;

/**
 * Everything one analyze run found, as the report shows it.
 *
 * @param data         the subjects and classes analysed
 * @param options      the options of the run
 * @param training     the cross-validation and the final model
 * @param permutation  the permutation test, or null when none was run
 * @param method       the attribution method of the class maps
 * @param legend       the method's legend line (what values mean, degenerate cases)
 * @param importance   the class maps
 * @param faithfulness every method's AOPC per class on held-out subjects
 * @param methods      the methods compared (same order as {@code faithfulness})
 * @param brains       the brain renderings, or a note why there are none
 */
public record Outcome(AnalysisData data, AnalysisOptions options, ModelTraining training, PermutationTest permutation,
        MethodDescriptor method, String legend, ClassImportance importance, List<FaithfulnessRow> faithfulness,
        List<MethodDescriptor> methods, BrainFigures brains) {
}
