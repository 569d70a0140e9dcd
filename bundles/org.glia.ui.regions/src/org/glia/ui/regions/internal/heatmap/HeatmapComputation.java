package org.glia.ui.regions.internal.heatmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;

/**
 * Computes a heatmap's values with an attribution method: for every column's node, the attribution to every
 * input region, for one subject or averaged over subjects. No SWT, no EMF: the view hands in the network as an
 * {@link Mlp} and the already standardised inputs.
 */
public final class HeatmapComputation {

    private HeatmapComputation() {
    }

    /**
     * The model and cohort a heatmap is computed from.
     *
     * @param net           the network
     * @param inputs        every subject's standardised features (one per region), in cohort order
     * @param subjects      the subjects' ids, parallel to {@code inputs}
     * @param diagnoses     the subjects' diagnoses, parallel to {@code inputs}
     * @param classes       the class of each output node
     * @param regionNames   the name of each input region
     * @param regionIndices the atlas label index of each input region
     * @param nodeNames     the name of every node, {@code [level][node]}, input level first
     */
    public record Inputs(Mlp net, List<double[]> inputs, List<String> subjects, List<String> diagnoses,
            List<String> classes, List<String> regionNames, int[] regionIndices, List<List<String>> nodeNames) {

        /** Checks the sizes. */
        public Inputs {
            inputs = List.copyOf(inputs);
            subjects = List.copyOf(subjects);
            diagnoses = List.copyOf(diagnoses);
            classes = List.copyOf(classes);
            regionNames = List.copyOf(regionNames);
            regionIndices = regionIndices.clone();
            nodeNames = nodeNames.stream().map(List::copyOf).toList();
            if (subjects.size() != inputs.size() || diagnoses.size() != inputs.size()) {
                throw new IllegalArgumentException(inputs.size() + " inputs, " + subjects.size() + " subject ids and "
                        + diagnoses.size() + " diagnoses");
            }
            if (regionNames.size() != net.inputs() || regionIndices.length != net.inputs()) {
                throw new IllegalArgumentException("the network has " + net.inputs() + " inputs but "
                        + regionNames.size() + " regions are named");
            }
            if (classes.size() != net.outputs() || nodeNames.size() != net.depth() + 1) {
                throw new IllegalArgumentException("the network has " + net.outputs() + " outputs and "
                        + (net.depth() + 1) + " levels, but " + classes.size() + " classes and " + nodeNames.size()
                        + " levels of node names were given");
            }
        }

        /** The mean of the standardised inputs: the baseline of occlusion and integrated gradients. */
        public double[] inputMean() {
            double[] mean = new double[net.inputs()];
            for (double[] x : inputs) {
                for (int j = 0; j < mean.length; j++) {
                    mean[j] += x[j];
                }
            }
            for (int j = 0; j < mean.length; j++) {
                mean[j] = inputs.isEmpty() ? 0 : mean[j] / inputs.size();
            }
            return mean;
        }
    }

    /**
     * The heatmap of {@code columns} for {@code source} with {@code method}, rows in the network's input order
     * and columns in node order. Cells are NaN when no subject qualifies (an empty class).
     *
     * @throws IllegalArgumentException when the level is not a hidden level, or the subject is unknown
     */
    public static HeatmapData compute(Inputs in, HeatmapColumns columns, HeatmapSource source, MethodDescriptor method,
            String title, IProgressMonitor monitor) {
        Mlp net = in.net();
        int level = columns.classes() ? net.depth() : columns.level();
        if (!columns.classes() && (level < 1 || level >= net.depth())) {
            throw new IllegalArgumentException("level " + level + " is not a hidden level of a network of depth "
                    + net.depth());
        }
        ExplainContext ctx = ExplainContext.of(in.inputMean());
        double[][] maps; // [node][region]
        if (columns.classes() && source.kind() == HeatmapSource.Kind.OWN_CLASS) {
            maps = ownClassMaps(in, method.method(), ctx, monitor);
        } else {
            maps = meanMaps(in, chosen(in, source), level, method.method(), ctx, monitor);
        }
        int nodes = net.sizes()[level];
        double[][] values = new double[net.inputs()][nodes];
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < values.length; j++) {
                values[j][i] = maps[i][j];
            }
        }
        List<String> names = columns.classes() ? in.classes() : in.nodeNames().get(level);
        int[] nodeIndices = new int[nodes];
        Arrays.setAll(nodeIndices, i -> i);
        return new HeatmapData(title, in.regionNames(), in.regionIndices(), names, level, nodeIndices, values,
                method.signed());
    }

    /** The positions of the subjects a source averages over (for OWN_CLASS with node columns: every subject). */
    static List<Integer> chosen(Inputs in, HeatmapSource source) {
        List<Integer> rows = new ArrayList<>();
        for (int s = 0; s < in.inputs().size(); s++) {
            boolean take = switch (source.kind()) {
                case SUBJECT -> in.subjects().get(s).equals(source.name());
                case CLASS -> source.name().equals(in.diagnoses().get(s));
                case OWN_CLASS -> true;
            };
            if (take) {
                rows.add(s);
            }
        }
        if (source.kind() == HeatmapSource.Kind.SUBJECT && rows.isEmpty()) {
            throw new IllegalArgumentException("there is no subject '" + source.name() + "' in the cohort");
        }
        return rows;
    }

    /** The mean over the chosen subjects of every node's map at {@code level}; NaN when none is chosen. */
    private static double[][] meanMaps(Inputs in, List<Integer> subjects, int level, AttributionMethod method,
            ExplainContext ctx, IProgressMonitor monitor) {
        Mlp net = in.net();
        SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, subjects.size()));
        double[][] sum = new double[net.sizes()[level]][net.inputs()];
        for (int s : subjects) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            double[][] maps = method.attributeAll(net, in.inputs().get(s), level, ctx);
            for (int i = 0; i < sum.length; i++) {
                for (int j = 0; j < sum[i].length; j++) {
                    sum[i][j] += maps[i][j];
                }
            }
            progress.worked(1);
        }
        for (double[] row : sum) {
            for (int j = 0; j < row.length; j++) {
                row[j] = subjects.isEmpty() ? Double.NaN : row[j] / subjects.size();
            }
        }
        return sum;
    }

    /** Class c's column from the subjects of class c (subjects of other diagnoses are left out). */
    private static double[][] ownClassMaps(Inputs in, AttributionMethod method, ExplainContext ctx,
            IProgressMonitor monitor) {
        List<double[]> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int s = 0; s < in.inputs().size(); s++) {
            int c = in.classes().indexOf(in.diagnoses().get(s));
            if (c >= 0) {
                inputs.add(in.inputs().get(s));
                labels.add(c);
            }
        }
        return ClassMaps.ofClasses(method, in.net(), inputs, labels.stream().mapToInt(Integer::intValue).toArray(),
                ctx, monitor);
    }
}
