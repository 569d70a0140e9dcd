package org.glia.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glia.atlas.LabelTable;

/**
 * The feature sets of the paper, by name.
 * <ul>
 * <li>{@code degree}: per region, the sum of its edge weights to all other regions (weighted degree or
 * node strength). The diagonal is left out: a self-connection says nothing about how a region is wired
 * to the rest of the brain, and some pipelines fill the diagonal with unrelated values (e.g. eval-schz83).</li>
 * <li>{@code binary-degree}: per region, the number of other regions it has a non-zero edge to.</li>
 * <li>{@code edges}: the raw weights of the upper triangle without the diagonal, row by row:
 * (0,1), (0,2), ... (0,N-1), (1,2), ... — N(N-1)/2 features.</li>
 * </ul>
 */
public final class FeatureSets {

    /** Weighted degree (node strength), diagonal excluded. */
    public static final FeatureSet DEGREE = new RegionFeatures("degree",
            "sum of the region's edge weights to all other regions (diagonal excluded)", false);

    /** Number of non-zero edges per region, diagonal excluded. */
    public static final FeatureSet BINARY_DEGREE = new RegionFeatures("binary-degree",
            "number of other regions the region has a non-zero edge to", true);

    /** Upper-triangle edge weights, row by row, no diagonal. */
    public static final FeatureSet EDGES = new Edges();

    private static final List<FeatureSet> ALL = List.of(DEGREE, BINARY_DEGREE, EDGES);

    private FeatureSets() {
    }

    /** Every feature set. */
    public static List<FeatureSet> all() {
        return ALL;
    }

    /** The names users may choose from. */
    public static List<String> names() {
        return ALL.stream().map(FeatureSet::name).toList();
    }

    /** The feature set with this name (case-insensitive), if any. */
    public static Optional<FeatureSet> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /** Degree or binary degree: one value per region. */
    private record RegionFeatures(String name, String description, boolean binary) implements FeatureSet {

        @Override
        public int size(int regions) {
            return regions;
        }

        @Override
        public double[] extract(ConnectomeMatrix m) {
            int n = m.size();
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double w = m.get(i, j);
                        sum += binary ? (w != 0 ? 1 : 0) : w;
                    }
                }
                out[i] = sum;
            }
            return out;
        }

        @Override
        public List<String> featureNames(LabelTable labels) {
            return labels.names();
        }
    }

    /** Upper-triangle edges. */
    private static final class Edges implements FeatureSet {

        @Override
        public String name() {
            return "edges";
        }

        @Override
        public String description() {
            return "weight of each region pair, upper triangle row by row, diagonal excluded";
        }

        @Override
        public int size(int regions) {
            return regions * (regions - 1) / 2;
        }

        @Override
        public double[] extract(ConnectomeMatrix m) {
            int n = m.size();
            double[] out = new double[size(n)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out[k++] = m.get(i, j);
                }
            }
            return out;
        }

        @Override
        public List<String> featureNames(LabelTable labels) {
            List<String> names = new ArrayList<>();
            int n = labels.size();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    names.add(labels.get(i).name() + " -- " + labels.get(j).name());
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
