package org.glia.explain;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.explain.internal.DeletionCurve;

/**
 * Measures how faithful attribution methods are by ROI deletion: regions are replaced by their training mean
 * in order of attribution and the class probability is recorded; AOPC (area over the perturbation curve,
 * {@code mean_k (f(x) - f(x^(k)))}, k = 0 .. regions) summarises each curve.
 */
public final class Faithfulness {

    /** Header of {@code faithfulness.csv}. */
    public static final String CSV_HEADER = "method,class,aopc_morf,aopc_lerf,aopc_random";

    private Faithfulness() {
    }

    /**
     * The order in which regions are removed. Ties keep the lower index first; {@code random} is used only for
     * {@link DeletionOrder#RANDOM}.
     */
    public static int[] order(double[] attribution, DeletionOrder order, SplittableRandom random) {
        int n = attribution.length;
        Integer[] idx = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        switch (order) {
            case MORF -> java.util.Arrays.sort(idx,
                    Comparator.comparingDouble((Integer j) -> -attribution[j]).thenComparingInt(j -> j));
            case LERF -> java.util.Arrays.sort(idx,
                    Comparator.comparingDouble((Integer j) -> attribution[j]).thenComparingInt(j -> j));
            case RANDOM -> {
                for (int i = n - 1; i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    Integer t = idx[i];
                    idx[i] = idx[k];
                    idx[k] = t;
                }
            }
        }
        return java.util.Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** The output of {@code node} after 0, 1, ... all regions of {@code order} are replaced by {@code mean}. */
    public static double[] deletionCurve(Mlp net, double[] input, int[] order, int node, double[] mean) {
        return DeletionCurve.run(net, input, order, order.length, node, mean);
    }

    /** AOPC of a curve: the mean over all its points of the drop from the first point. */
    public static double aopc(double[] curve) {
        double s = 0;
        for (double v : curve) {
            s += curve[0] - v;
        }
        return s / curve.length;
    }

    /**
     * AOPC of every method for every class: each subject's map from the output node of its own class is
     * used to delete regions, and that class's probability is followed. The random order of subject
     * {@code s} is the same for every method.
     *
     * @param labels     class of every subject (an output node index)
     * @param classNames names of the classes, one per output node
     * @param ctx        must carry the training mean
     * @param seed       seed of the random deletion orders
     */
    public static List<FaithfulnessRow> evaluate(List<MethodDescriptor> methods, Mlp net, List<double[]> inputs,
            int[] labels, List<String> classNames, ExplainContext ctx, long seed, IProgressMonitor monitor) {
        if (classNames.size() != net.outputs()) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + net.outputs() + " outputs");
        }
        double[] mean = ctx.trainingMean(net.inputs());
        int[][] randomOrders = randomOrders(inputs.size(), net.inputs(), seed);
        SubMonitor sub = SubMonitor.convert(monitor, "ROI deletion", methods.size() * inputs.size());
        List<FaithfulnessRow> rows = new ArrayList<>();
        for (MethodDescriptor m : methods) {
            double[][] sums = new double[net.outputs()][3];
            int[] count = new int[net.outputs()];
            for (int s = 0; s < inputs.size(); s++) {
                ClassMaps.checkCanceled(sub);
                double[] x = inputs.get(s);
                int c = labels[s];
                double[] map = m.method().attribute(net, x, net.depth(), c, ctx);
                sums[c][0] += aopc(deletionCurve(net, x, order(map, DeletionOrder.MORF, null), c, mean));
                sums[c][1] += aopc(deletionCurve(net, x, order(map, DeletionOrder.LERF, null), c, mean));
                sums[c][2] += aopc(deletionCurve(net, x, randomOrders[s], c, mean));
                count[c]++;
                sub.worked(1);
            }
            for (int c = 0; c < net.outputs(); c++) {
                int n = count[c];
                rows.add(new FaithfulnessRow(m.id(), classNames.get(c), n, n == 0 ? Double.NaN : sums[c][0] / n,
                        n == 0 ? Double.NaN : sums[c][1] / n, n == 0 ? Double.NaN : sums[c][2] / n));
            }
        }
        return rows;
    }

    private static int[][] randomOrders(int subjects, int features, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        double[] none = new double[features];
        int[][] orders = new int[subjects][];
        for (int s = 0; s < subjects; s++) {
            orders[s] = order(none, DeletionOrder.RANDOM, root.split());
        }
        return orders;
    }

    /** Writes rows as {@code faithfulness.csv} (header {@link #CSV_HEADER}, six decimals, '.' as separator). */
    public static void writeCsv(List<FaithfulnessRow> rows, Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write('\n');
        for (FaithfulnessRow r : rows) {
            out.write(csv(r.method()) + "," + csv(r.className()) + "," + num(r.aopcMorf()) + "," + num(r.aopcLerf())
                    + "," + num(r.aopcRandom()) + "\n");
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    private static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
