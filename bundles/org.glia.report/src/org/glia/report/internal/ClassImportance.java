package org.glia.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.nn.Mlp;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;

/**
 * The class-level region maps of one method on the final model, as importance.csv holds them.
 * <p>
 * The class map of class {@code c} is the mean, over the subjects of {@code c}, of the map from output node
 * {@code c}. Its importances are the magnitudes normalised to sum 1: {@code |m_j| / sum_l |m_l|}. For the
 * paper's rule (and LRP-z+) every map is already non-negative and sums to 1, so this changes nothing but
 * rounding; for signed methods it ranks regions by how strongly they push the class either way, and the
 * signed means are kept in {@code importance_signed.csv}. A map that is zero everywhere is spread evenly.
 *
 * @param method     the method's id
 * @param signed     the class maps before normalisation, {@code [class][region]}
 * @param normalised the importances, {@code [class][region]}, each class summing to 1
 * @param rank       the rank of every region within its class, 1 = most important, ties by region order
 */
public record ClassImportance(String method, double[][] signed, double[][] normalised, int[][] rank) {

    /** Computes the maps of {@code method} for the standardised subjects {@code x} with classes {@code y}. */
    public static ClassImportance compute(MethodDescriptor method, Mlp net, double[][] x, int[] y, ExplainContext ctx,
            IProgressMonitor monitor) {
        double[][] maps = ClassMaps.ofClasses(method.method(), net, Arrays.asList(x), y, ctx, monitor);
        double[][] norm = new double[maps.length][];
        int[][] rank = new int[maps.length][];
        for (int c = 0; c < maps.length; c++) {
            norm[c] = normalise(maps[c]);
            rank[c] = ranks(norm[c]);
        }
        return new ClassImportance(method.id(), maps, norm, rank);
    }

    /** {@code |v| / sum |v|}; an even spread when the sum is zero or not finite. */
    static double[] normalise(double[] v) {
        double sum = 0;
        for (double a : v) {
            sum += Math.abs(a);
        }
        double[] out = new double[v.length];
        if (!(sum > 0) || !Double.isFinite(sum)) {
            Arrays.fill(out, 1.0 / v.length);
            return out;
        }
        for (int j = 0; j < v.length; j++) {
            out[j] = Math.abs(v[j]) / sum;
        }
        return out;
    }

    /** Ranks from 1, largest first; equal values keep region order. */
    static int[] ranks(double[] v) {
        int[] order = order(v);
        int[] rank = new int[v.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r + 1;
        }
        return rank;
    }

    /** Region indices from the most to the least important. */
    static int[] order(double[] v) {
        return IntStream.range(0, v.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -v[j]).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The number of classes. */
    public int classes() {
        return normalised.length;
    }

    /** The regions of class {@code c} from the most to the least important. */
    public int[] order(int c) {
        return order(normalised[c]);
    }

    /** The names of the regions of class {@code c}, most important first. */
    public List<String> ranked(int c, List<String> regions) {
        List<String> names = new ArrayList<>();
        for (int j : order(c)) {
            names.add(regions.get(j));
        }
        return names;
    }
}
