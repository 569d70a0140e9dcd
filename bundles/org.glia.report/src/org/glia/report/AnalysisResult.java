package org.glia.report;

import java.nio.file.Path;
import java.util.List;

import org.glia.explain.FaithfulnessRow;

/**
 * The headline figures of one {@code glia analyze} run (the files hold everything).
 *
 * @param out              the folder written
 * @param classes          the classes, in output-node order
 * @param subjects         the number of subjects analysed
 * @param regions          the number of regions
 * @param accuracy         mean cross-validated accuracy
 * @param balancedAccuracy mean cross-validated balanced accuracy
 * @param auc              mean cross-validated AUC (NaN when undefined)
 * @param pValue           the permutation test's p-value, NaN when no test was run
 * @param topRegions       per class, the region names by rank (most important first)
 * @param faithfulness     every method's AOPC per class on held-out subjects (the rows of faithfulness.csv)
 */
public record AnalysisResult(Path out, List<String> classes, int subjects, int regions, double accuracy,
        double balancedAccuracy, double auc, double pValue, List<List<String>> topRegions,
        List<FaithfulnessRow> faithfulness) {

    /** Copies the lists. */
    public AnalysisResult {
        classes = List.copyOf(classes);
        topRegions = topRegions.stream().map(List::copyOf).toList();
        faithfulness = List.copyOf(faithfulness);
    }
}
