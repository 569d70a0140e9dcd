package org.glia.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.cohort.Subject;
import org.glia.core.cli.UsageException;

/**
 * The subjects of the chosen classes as a classification problem: raw region features (weighted degree), the
 * class index of each subject, and the names of subjects, regions and classes.
 *
 * @param cohort   the loaded cohort
 * @param classes  the class names, in output-node order
 * @param ids      the subject ids, in cohort order
 * @param x        raw features, one row per subject (not standardised)
 * @param y        the class index of each subject
 * @param features the feature set used (one value per region)
 */
public record AnalysisData(Cohort cohort, List<String> classes, List<String> ids, double[][] x, int[] y,
        FeatureSet features) {

    /** The feature set analyze uses: region degree, as in the paper. */
    public static final FeatureSet FEATURES = FeatureSets.DEGREE;

    /**
     * The subjects of {@code wanted} (all diagnoses when empty, in order of first appearance).
     *
     * @param folds the number of folds, checked against the class sizes
     * @throws UsageException when a class is unknown, given twice, fewer than two are chosen or a class has
     *                        fewer subjects than needed
     */
    public static AnalysisData select(Cohort cohort, List<String> wanted, int folds) throws UsageException {
        Map<String, Integer> counts = cohort.classCounts();
        List<String> classes = wanted.isEmpty() ? List.copyOf(counts.keySet()) : wanted;
        for (String c : classes) {
            if (!counts.containsKey(c)) {
                throw new UsageException("class '" + c + "' has no subject in " + where(cohort) + "; its diagnoses are "
                        + String.join(", ", counts.keySet()));
            }
            if (classes.indexOf(c) != classes.lastIndexOf(c)) {
                throw new UsageException("class '" + c + "' is given twice in --classes");
            }
            if (counts.get(c) < 2) {
                throw new UsageException("class '" + c + "' has only one subject; every class needs at least two");
            }
        }
        if (classes.size() < 2) {
            throw new UsageException("a classifier needs at least two classes, got " + classes
                    + (wanted.isEmpty() ? " (the cohort has only one diagnosis)" : ""));
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            int k = classes.indexOf(s.diagnosis());
            if (k >= 0) {
                ids.add(s.id());
                rows.add(FEATURES.extract(s.matrix()));
                labels.add(k);
            }
        }
        if (ids.size() < folds) {
            throw new UsageException(folds + " folds need at least " + folds + " subjects; the classes "
                    + String.join(", ", classes) + " have " + ids.size());
        }
        return new AnalysisData(cohort, List.copyOf(classes), List.copyOf(ids), rows.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), FEATURES);
    }

    private static String where(Cohort cohort) {
        return cohort.directory() == null ? "the cohort" : cohort.directory().toString();
    }

    /** The region names, in feature order. */
    public List<String> regions() {
        return cohort.labels().names();
    }

    /** The number of subjects of each class, in class order. */
    public int[] classSizes() {
        int[] n = new int[classes.size()];
        for (int c : y) {
            n[c]++;
        }
        return n;
    }

    /** The number of subjects. */
    public int subjects() {
        return y.length;
    }
}
