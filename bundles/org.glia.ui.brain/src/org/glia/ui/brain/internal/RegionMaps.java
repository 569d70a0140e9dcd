package org.glia.ui.brain.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportanceEngine;
import org.glia.explain.ImportancePolicy;

/**
 * Region maps of one node with the paper's importance backpropagation or another attribution method: one
 * subject's, the mean over several subjects (a class map), or the difference of two such maps. No SWT, no EMF: the caller hands in the network as an {@link Mlp} and
 * the already standardised inputs.
 */
public final class RegionMaps {

    private RegionMaps() {
    }

    /**
     * The mean map of one {@link MapInput}: with the paper's importance backpropagation when {@code method} is
     * null, else with that attribution method.
     */
    public static double[] mean(MapInput in, int level, int node, AttributionMethod method, IProgressMonitor monitor) {
        return method == null ? mean(in.net(), in.inputs(), level, node, monitor)
                : mean(in.net(), in.inputs(), level, node, method, monitor);
    }

    /**
     * The difference map {@code a − b}: region by region, the mean map of {@code a} minus that of {@code b}, both
     * of the same node with the same method (null: the paper's rule). Both networks read the same regions.
     */
    public static double[] difference(MapInput a, MapInput b, int level, int node, AttributionMethod method,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.computingMap, 2);
        double[] ma = mean(a, level, node, method, progress.split(1));
        double[] mb = mean(b, level, node, method, progress.split(1));
        if (ma.length != mb.length) {
            throw new IllegalArgumentException("the two maps have " + ma.length + " and " + mb.length + " regions");
        }
        double[] d = new double[ma.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = ma[j] - mb[j];
        }
        return d;
    }

    /**
     * The mean over {@code inputs} of the importance of every input feature (region) for node {@code node} at
     * {@code level} (0 = an input node, which is all its own importance; 1 .. depth otherwise). NaN everywhere
     * when there are no inputs.
     */
    public static double[] mean(Mlp net, List<double[]> inputs, int level, int node, IProgressMonitor monitor) {
        if (level < 0 || level > net.depth() || node < 0 || node >= net.sizes()[level]) {
            throw new IllegalArgumentException("node " + level + ":" + node + " is not in the network");
        }
        double[] sum = new double[net.inputs()];
        if (inputs.isEmpty()) {
            java.util.Arrays.fill(sum, Double.NaN);
            return sum;
        }
        if (level == 0) {
            sum[node] = 1;
            return sum;
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.computingMap, inputs.size());
        ImportanceEngine engine = ImportanceEngine.of(net);
        for (double[] x : inputs) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            double[] r = engine.subject(net.pass(x), ImportancePolicy.DEFAULT).fromNode(level, node).regions();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += r[j];
            }
            progress.worked(1);
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= inputs.size();
        }
        return sum;
    }

    /**
     * As {@link #mean(Mlp, List, int, int, IProgressMonitor)} with another attribution method (default
     * context: the standardised inputs' training mean is zero).
     */
    public static double[] mean(Mlp net, List<double[]> inputs, int level, int node, AttributionMethod method,
            IProgressMonitor monitor) {
        if (level < 0 || level > net.depth() || node < 0 || node >= net.sizes()[level]) {
            throw new IllegalArgumentException("node " + level + ":" + node + " is not in the network");
        }
        double[] sum = new double[net.inputs()];
        if (inputs.isEmpty()) {
            java.util.Arrays.fill(sum, Double.NaN);
            return sum;
        }
        if (level == 0) {
            sum[node] = 1;
            return sum;
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.computingMap, inputs.size());
        // inputs are standardised with the training scaling, so the training mean (occlusion and IG baseline) is 0
        ExplainContext ctx = ExplainContext.of(new double[net.inputs()]);
        for (double[] x : inputs) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            double[] r = method.attribute(net, x, level, node, ctx);
            for (int j = 0; j < sum.length; j++) {
                sum[j] += r[j];
            }
            progress.worked(1);
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= inputs.size();
        }
        return sum;
    }
}
