package org.glia.ui.controls;

import java.util.ArrayList;
import java.util.List;

import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.Subject;
import org.glia.core.nn.Mlp;
import org.glia.model.Network;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.controls.internal.Messages;

/**
 * Computes every subject of a cohort with the model's prediction and probability (the Controls view's subject picker
 * and the cohort table show them).
 */
public final class SubjectRows {

    private SubjectRows() {
    }

    /**
     * One row per subject, in cohort order. Without a usable network (null, not convertible, or a different
     * input count than the feature set gives) the rows carry no prediction.
     *
     * @param classes the class names of the network's outputs, in order (missing ones are named by index)
     */
    public static List<SubjectRow> of(Cohort cohort, FeatureSet features, Network network, List<String> classes) {
        Mlp net = null;
        if (network != null) {
            try {
                net = MlpConversion.toMlp(network);
            } catch (IllegalArgumentException e) {
                net = null;
            }
        }
        List<SubjectRow> rows = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            double[] x = features.extract(s.matrix());
            if (net == null || net.inputs() != x.length) {
                rows.add(new SubjectRow(s.id(), s.diagnosis(), null, Double.NaN, x));
                continue;
            }
            double[] p = probabilities(net.predict(MlpConversion.standardize(network, x)));
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            String name = best < classes.size() ? classes.get(best) : Messages.bind(Messages.classIndex, best);
            rows.add(new SubjectRow(s.id(), s.diagnosis(), name, p[best], x));
        }
        return rows;
    }

    /** The outputs as they are when they already form a distribution (softmax output), else their softmax. */
    public static double[] probabilities(double[] out) {
        double sum = 0;
        boolean inRange = true;
        for (double v : out) {
            sum += v;
            inRange &= v >= 0 && v <= 1;
        }
        if (inRange && Math.abs(sum - 1) < 1e-6) {
            return out.clone();
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : out) {
            max = Math.max(max, v);
        }
        double[] p = new double[out.length];
        double total = 0;
        for (int i = 0; i < out.length; i++) {
            p[i] = Math.exp(out[i] - max);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
