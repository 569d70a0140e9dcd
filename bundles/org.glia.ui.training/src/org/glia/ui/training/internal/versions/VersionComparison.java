package org.glia.ui.training.internal.versions;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.ui.training.internal.Messages;

/**
 * What changed from one version to another: layer sizes, nodes added and removed per layer, how far the weights
 * moved, the metrics of both and the edits that lead from their common ancestor to each. Computed on the model's
 * thread from the versions' network snapshots, which are never edited.
 *
 * @param a        the first version (usually the older)
 * @param b        the second version
 * @param sizesA   the first version's layer sizes, input first (empty without a network)
 * @param sizesB   the second version's layer sizes
 * @param layers   the layers of both, matched by node ids, in network order
 * @param metrics  accuracy, balanced accuracy and AUC of both
 * @param ancestor the nearest version both descend from, or null
 * @param editsToA the edits from {@code ancestor} to {@code a}, oldest first, as "v2: label"
 * @param editsToB the edits from {@code ancestor} to {@code b}
 */
public record VersionComparison(ModelVersion a, ModelVersion b, int[] sizesA, int[] sizesB, List<LayerChange> layers,
        List<MetricChange> metrics, ModelVersion ancestor, List<String> editsToA, List<String> editsToB) {

    /** Compares {@code a} with {@code b}. */
    public static VersionComparison of(ModelVersion a, ModelVersion b) {
        Network na = a.getNetwork();
        Network nb = b.getNetwork();
        int[] sa = na == null ? new int[0] : Networks.sizes(na);
        int[] sb = nb == null ? new int[0] : Networks.sizes(nb);
        List<LayerChange> layers = na == null || nb == null ? List.of() : LayerMatcher.compare(na, nb);
        ModelVersion ancestor = VersionTree.commonAncestor(a, b);
        return new VersionComparison(a, b, sa, sb, layers, metrics(a.getMetrics(), b.getMetrics()), ancestor,
                VersionTree.editsFrom(ancestor, a, Messages.noEdits, Messages.firstVersion),
                VersionTree.editsFrom(ancestor, b, Messages.noEdits, Messages.firstVersion));
    }

    private static List<MetricChange> metrics(Metrics a, Metrics b) {
        return List.of(metric(Messages.metricAccuracy, a, b, Metrics::getAccuracy, Metrics::getAccuracySd),
                metric(Messages.metricBalanced, a, b, Metrics::getBalancedAccuracy, Metrics::getBalancedAccuracySd),
                metric(Messages.metricAuc, a, b, Metrics::getAuc, Metrics::getAucSd));
    }

    /** A recorded deviation only means something over folds; a missing value is NaN. */
    private static MetricChange metric(String name, Metrics a, Metrics b, ToDoubleFunction<Metrics> mean,
            ToDoubleFunction<Metrics> sd) {
        return new MetricChange(name, a == null ? Double.NaN : mean.applyAsDouble(a),
                a == null || a.getFolds() == 0 ? Double.NaN : sd.applyAsDouble(a),
                b == null ? Double.NaN : mean.applyAsDouble(b),
                b == null || b.getFolds() == 0 ? Double.NaN : sd.applyAsDouble(b));
    }

    /** The metric named {@code name}, or null. */
    public MetricChange metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    /** The change of the layer at {@code position} of the first version, or null when it has none there. */
    public LayerChange layerOfA(int position) {
        return layers.stream().filter(l -> l.layerA() == position).findFirst().orElse(null);
    }

    /** The change of the layer at {@code position} of the second version, or null. */
    public LayerChange layerOfB(int position) {
        return layers.stream().filter(l -> l.layerB() == position).findFirst().orElse(null);
    }
}
