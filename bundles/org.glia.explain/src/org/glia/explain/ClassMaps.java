package org.glia.explain;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;

/**
 * Class-level maps: for class {@code c}, the mean over that class's subjects of their per-subject maps. These
 * feed the regions × classes (or regions × nodes) heatmap.
 */
public final class ClassMaps {

    private ClassMaps() {
    }

    /**
     * {@code [class][feature]}: for every class {@code c} (an output node of {@code net}), the mean over the
     * subjects labelled {@code c} of the map from output node {@code c}. A class without subjects gets NaN.
     *
     * @param labels class index (0 .. outputs-1) of each subject, parallel to {@code inputs}
     */
    public static double[][] ofClasses(AttributionMethod method, Mlp net, List<double[]> inputs, int[] labels,
            ExplainContext ctx, IProgressMonitor monitor) {
        int classes = net.outputs();
        check(inputs, labels, classes);
        SubMonitor sub = SubMonitor.convert(monitor, "Class maps", inputs.size());
        double[][] sum = new double[classes][net.inputs()];
        int[] count = new int[classes];
        for (int s = 0; s < inputs.size(); s++) {
            checkCanceled(sub);
            int c = labels[s];
            add(sum[c], method.attribute(net, inputs.get(s), net.depth(), c, ctx));
            count[c]++;
            sub.worked(1);
        }
        for (int c = 0; c < classes; c++) {
            divide(sum[c], count[c]);
        }
        return sum;
    }

    /**
     * {@code [class][node][feature]}: for every class, the mean over its subjects of the map of every node of
     * {@code level} (1 .. depth). A class without subjects gets NaN maps.
     *
     * @param classes number of classes; labels must lie in 0 .. classes-1
     */
    public static double[][][] ofLevel(AttributionMethod method, Mlp net, List<double[]> inputs, int[] labels,
            int classes, int level, ExplainContext ctx, IProgressMonitor monitor) {
        check(inputs, labels, classes);
        int nodes = net.sizes()[level];
        SubMonitor sub = SubMonitor.convert(monitor, "Node maps per class", inputs.size());
        double[][][] sum = new double[classes][nodes][net.inputs()];
        int[] count = new int[classes];
        for (int s = 0; s < inputs.size(); s++) {
            checkCanceled(sub);
            int c = labels[s];
            double[][] maps = method.attributeAll(net, inputs.get(s), level, ctx);
            for (int i = 0; i < nodes; i++) {
                add(sum[c][i], maps[i]);
            }
            count[c]++;
            sub.worked(1);
        }
        for (int c = 0; c < classes; c++) {
            for (double[] m : sum[c]) {
                divide(m, count[c]);
            }
        }
        return sum;
    }

    private static void check(List<double[]> inputs, int[] labels, int classes) {
        if (inputs.size() != labels.length) {
            throw new IllegalArgumentException(inputs.size() + " subjects but " + labels.length + " labels");
        }
        for (int s = 0; s < labels.length; s++) {
            if (labels[s] < 0 || labels[s] >= classes) {
                throw new IllegalArgumentException("subject " + s + " has class " + labels[s] + " but there are "
                        + classes + " classes");
            }
        }
    }

    private static void add(double[] sum, double[] map) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += map[j];
        }
    }

    private static void divide(double[] sum, int n) {
        if (n == 0) {
            Arrays.fill(sum, Double.NaN);
            return;
        }
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= n;
        }
    }

    static void checkCanceled(IProgressMonitor m) {
        if (m.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
