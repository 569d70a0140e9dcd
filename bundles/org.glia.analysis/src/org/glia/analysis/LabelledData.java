package org.glia.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.Subject;

/**
 * The subjects of chosen classes of a cohort as a classifier sees them: one raw (unstandardised) feature row per
 * subject, in cohort order, and each subject's class as its index in the class list (= output node).
 */
public final class LabelledData {

    private final List<String> classes;
    private final List<String> subjects;
    private final List<String> features;
    private final double[][] x;
    private final int[] y;

    private LabelledData(List<String> classes, List<String> subjects, List<String> features, double[][] x, int[] y) {
        this.classes = List.copyOf(classes);
        this.subjects = List.copyOf(subjects);
        this.features = List.copyOf(features);
        this.x = x;
        this.y = y;
    }

    /**
     * The subjects of {@code cohort} whose diagnosis is one of {@code classes}, with {@code featureSet}'s features.
     *
     * @throws IllegalArgumentException (message for the user) when fewer than two classes are given, a class is
     *                                  repeated or no subject of the cohort has it
     */
    public static LabelledData select(Cohort cohort, List<String> classes, FeatureSet featureSet) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two classes, got " + classes);
        }
        Set<String> seen = new HashSet<>();
        Map<String, Integer> counts = cohort.classCounts();
        for (String c : classes) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException("the class '" + c + "' is listed twice");
            }
            if (!counts.containsKey(c)) {
                throw new IllegalArgumentException("the cohort has no subject with diagnosis '" + c + "' (it has "
                        + String.join(", ", counts.keySet()) + ")");
            }
        }
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            int k = classes.indexOf(s.diagnosis());
            if (k >= 0) {
                ids.add(s.id());
                rows.add(featureSet.extract(s.matrix()));
                labels.add(k);
            }
        }
        return new LabelledData(classes, ids, featureSet.featureNames(cohort.labels()),
                rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The classes, in output-node order. */
    public List<String> classes() {
        return classes;
    }

    /** The ids of the selected subjects, in cohort order. */
    public List<String> subjects() {
        return subjects;
    }

    /** The feature names (for degree: the region names), in input-node order. */
    public List<String> features() {
        return features;
    }

    /** The raw feature rows, one per subject (shared, not copied: do not write to them). */
    public double[][] x() {
        return x;
    }

    /** The class index of each subject (shared, not copied: do not write to it). */
    public int[] y() {
        return y;
    }

    /** Subjects per class, in class order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : classes) {
            counts.put(c, 0);
        }
        for (int label : y) {
            counts.merge(classes.get(label), 1, Integer::sum);
        }
        return counts;
    }
}
