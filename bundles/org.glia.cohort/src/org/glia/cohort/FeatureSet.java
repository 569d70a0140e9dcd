package org.glia.cohort;

import java.util.List;

import org.glia.atlas.LabelTable;

/** Turns a connectome into a feature vector for the classifier; instances come from {@link FeatureSets}. */
public interface FeatureSet {

    /** The name users choose it by, e.g. "degree". */
    String name();

    /** One sentence saying what each feature is. */
    String description();

    /** Number of features for a matrix of {@code regions} rows. */
    int size(int regions);

    /** The features of one matrix. */
    double[] extract(ConnectomeMatrix matrix);

    /** A name for each feature (region names, or "A -- B" for edges), in feature order. */
    List<String> featureNames(LabelTable labels);

    /** The feature matrix of a cohort: one row per subject, in cohort order. */
    default double[][] extract(Cohort cohort) {
        return cohort.subjects().stream().map(s -> extract(s.matrix())).toArray(double[][]::new);
    }
}
