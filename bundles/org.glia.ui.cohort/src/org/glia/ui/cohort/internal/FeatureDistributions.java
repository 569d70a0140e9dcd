package org.glia.ui.cohort.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.Subject;

/**
 * A region-wise feature (one value per region, e.g. weighted degree) of every subject of a cohort, grouped by class:
 * per region the distribution of each class and how strongly the classes differ (the one-way ANOVA F statistic).
 */
public final class FeatureDistributions {

    private final FeatureSet features;
    private final List<String> classes;
    private final List<String> regions;
    private final double[][] values;
    private final int[] classOf;
    private final double[] f;

    private FeatureDistributions(FeatureSet features, List<String> classes, List<String> regions, double[][] values,
            int[] classOf) {
        this.features = features;
        this.classes = classes;
        this.regions = regions;
        this.values = values;
        this.classOf = classOf;
        this.f = new double[regions.size()];
        for (int r = 0; r < f.length; r++) {
            f[r] = fStatistic(r);
        }
    }

    /** True when {@code features} gives one value per region of a cohort with {@code regions} regions. */
    public static boolean regionWise(FeatureSet features, int regions) {
        return features.size(regions) == regions;
    }

    /**
     * Extracts the feature of every subject.
     *
     * @param classes the classes in the order they are shown; a subject of another class is added after them
     * @throws IllegalArgumentException when the feature set is not region-wise
     */
    public static FeatureDistributions of(Cohort cohort, FeatureSet features, List<String> classes,
            IProgressMonitor monitor) {
        int n = cohort.regionCount();
        if (!regionWise(features, n)) {
            throw new IllegalArgumentException(features.name() + " is not one value per region");
        }
        List<Subject> subjects = cohort.subjects();
        SubMonitor progress = SubMonitor.convert(monitor, subjects.size());
        List<String> order = new ArrayList<>(classes);
        double[][] values = new double[subjects.size()][];
        int[] classOf = new int[subjects.size()];
        for (int s = 0; s < subjects.size(); s++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Subject subject = subjects.get(s);
            values[s] = features.extract(subject.matrix());
            if (!order.contains(subject.diagnosis())) {
                order.add(subject.diagnosis());
            }
            classOf[s] = order.indexOf(subject.diagnosis());
            progress.worked(1);
        }
        return new FeatureDistributions(features, List.copyOf(order), cohort.labels().names(), values, classOf);
    }

    /** The feature set. */
    public FeatureSet features() {
        return features;
    }

    /** The classes, in the order shown. */
    public List<String> classes() {
        return classes;
    }

    /** The region names, in matrix order. */
    public List<String> regions() {
        return regions;
    }

    /** A subject's value at a region (subjects in cohort order). */
    public double value(int subject, int region) {
        return values[subject][region];
    }

    /** The distribution of each class at a region, in class order (a class without subjects has n = 0). */
    public List<ClassStats> stats(int region) {
        List<ClassStats> out = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            out.add(ClassStats.of(classes.get(c), column(region, c)));
        }
        return out;
    }

    /** How strongly the classes differ at a region: the one-way ANOVA F (NaN with fewer than two classes). */
    public double f(int region) {
        return f[region];
    }

    private double[] column(int region, int c) {
        List<Double> v = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            if (classOf[s] == c) {
                v.add(values[s][region]);
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double fStatistic(int region) {
        int k = 0;
        int total = 0;
        double grand = 0;
        double[] sum = new double[classes.size()];
        int[] count = new int[classes.size()];
        for (int s = 0; s < values.length; s++) {
            sum[classOf[s]] += values[s][region];
            count[classOf[s]]++;
            grand += values[s][region];
            total++;
        }
        for (int c : count) {
            k += c > 0 ? 1 : 0;
        }
        if (k < 2 || total <= k) {
            return Double.NaN;
        }
        grand /= total;
        double between = 0;
        for (int c = 0; c < sum.length; c++) {
            if (count[c] > 0) {
                double m = sum[c] / count[c];
                between += count[c] * (m - grand) * (m - grand);
            }
        }
        double within = 0;
        for (int s = 0; s < values.length; s++) {
            double m = sum[classOf[s]] / count[classOf[s]];
            within += (values[s][region] - m) * (values[s][region] - m);
        }
        if (within == 0) {
            return between == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (between / (k - 1)) / (within / (total - k));
    }
}
