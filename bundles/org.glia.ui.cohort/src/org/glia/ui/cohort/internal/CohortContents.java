package org.glia.ui.cohort.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.model.Network;
import org.glia.ui.controls.SubjectRow;
import org.glia.ui.controls.SubjectRows;

/**
 * What the cohort view shows of one cohort, computed off the UI thread: the subject rows (with predictions when a
 * model reads the cohort) and the distributions of a region-wise feature per class.
 *
 * @param origin        where the cohort came from, as the header names it (a study file or a folder)
 * @param cohort        the cohort
 * @param rows          one row per subject, in cohort order
 * @param distributions the chosen region-wise feature per class
 * @param predicted     whether the rows carry a model's predictions
 */
public record CohortContents(String origin, Cohort cohort, List<CohortRow> rows, FeatureDistributions distributions,
        boolean predicted) {

    /**
     * Computes the rows and distributions.
     *
     * @param modelFeatures the feature set the network reads (null without a network)
     * @param network       the open model's network, or null
     * @param classes       the study's classes in output order (empty without a study); the cohort's other
     *                      diagnoses follow in order of appearance
     * @param regionFeature the region-wise feature to show (null: the model's when it is region-wise, else degree)
     */
    public static CohortContents compute(String origin, Cohort cohort, FeatureSet modelFeatures, Network network,
            List<String> classes, FeatureSet regionFeature, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        Set<String> order = new LinkedHashSet<>(classes);
        order.addAll(cohort.classCounts().keySet());
        FeatureSet shown = regionFeature != null ? regionFeature
                : modelFeatures != null && FeatureDistributions.regionWise(modelFeatures, cohort.regionCount())
                        ? modelFeatures : FeatureSets.DEGREE;
        FeatureDistributions d = FeatureDistributions.of(cohort, shown, List.copyOf(order), progress.split(1));
        List<SubjectRow> predictions = SubjectRows.of(cohort, modelFeatures != null ? modelFeatures : FeatureSets.DEGREE,
                network, classes);
        progress.worked(1);
        boolean predicted = predictions.stream().anyMatch(r -> r.prediction() != null);
        List<CohortRow> rows = new ArrayList<>();
        for (int s = 0; s < cohort.subjects().size(); s++) {
            double[] degree = shown == FeatureSets.DEGREE ? null
                    : FeatureSets.DEGREE.extract(cohort.subjects().get(s).matrix());
            double sum = 0;
            int n = cohort.regionCount();
            for (int r = 0; r < n; r++) {
                sum += degree == null ? d.value(s, r) : degree[r];
            }
            rows.add(new CohortRow(s, cohort.subjects().get(s), n == 0 ? Double.NaN : sum / n, predictions.get(s)));
        }
        progress.worked(1);
        return new CohortContents(origin, cohort, List.copyOf(rows), d, predicted);
    }

    /** The same cohort with another region-wise feature shown. */
    public CohortContents withFeature(FeatureSet feature, IProgressMonitor monitor) {
        return new CohortContents(origin, cohort, rows,
                FeatureDistributions.of(cohort, feature, distributions.classes(), monitor), predicted);
    }

    /** The region-wise feature sets a cohort of this size offers. */
    public List<FeatureSet> regionFeatures() {
        return FeatureSets.all().stream().filter(f -> FeatureDistributions.regionWise(f, cohort.regionCount()))
                .toList();
    }
}
