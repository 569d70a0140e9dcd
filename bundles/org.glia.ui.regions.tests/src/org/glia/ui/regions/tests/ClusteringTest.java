package org.glia.ui.regions.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.ui.regions.internal.heatmap.Clustering;
import org.glia.ui.regions.internal.heatmap.HeatmapData;
import org.glia.ui.regions.internal.heatmap.HeatmapOrder;
import org.junit.jupiter.api.Test;

/** The similarity ordering of the heatmap: correlation distance, average linkage, deterministic leaf order. */
class ClusteringTest {

    @Test
    void correlationDistance() {
        assertEquals(0, Clustering.distance(new double[] {1, 2, 3}, new double[] {10, 20, 30}), 1e-12);
        assertEquals(2, Clustering.distance(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertEquals(1, Clustering.distance(new double[] {1, 0, -1, 0}, new double[] {0, 1, 0, -1}), 1e-12);
        assertEquals(0, Clustering.distance(new double[] {2, 2, 2}, new double[] {5, 5, 5}), "two constants");
        assertEquals(1, Clustering.distance(new double[] {2, 2, 2}, new double[] {1, 2, 3}), "constant vs varying");
        assertEquals(0, Clustering.distance(new double[] {1, Double.NaN, 2, 3}, new double[] {2, 7, 4, 6}), 1e-12,
                "NaN positions are left out");
        assertEquals(1, Clustering.distance(new double[] {1, Double.NaN}, new double[] {Double.NaN, 1}),
                "fewer than two shared values");
    }

    @Test
    void groupsOfSimilarRowsEndUpNextToEachOther() {
        SplittableRandom r = new SplittableRandom(5);
        double[] up = IntStream.range(0, 12).mapToDouble(i -> i).toArray();
        double[] wave = IntStream.range(0, 12).mapToDouble(i -> Math.sin(i * 1.3) * 5).toArray();
        double[] spike = IntStream.range(0, 12).mapToDouble(i -> i == 4 ? 9 : 0).toArray();
        double[][] base = {up, wave, spike};
        int[] group = {0, 1, 2, 0, 1, 2, 2, 0, 1, 0, 2, 1};
        double[][] rows = new double[group.length][];
        for (int i = 0; i < rows.length; i++) {
            double scale = r.nextDouble(0.5, 2);
            double[] b = base[group[i]];
            rows[i] = Arrays.stream(b).map(v -> v * scale + r.nextDouble(-0.05, 0.05)).toArray();
        }
        int[] order = Clustering.order(rows, new NullProgressMonitor());
        assertPermutation(order, rows.length);
        // each group is one contiguous run in the leaf order
        int runs = 1;
        for (int i = 1; i < order.length; i++) {
            if (group[order[i]] != group[order[i - 1]]) {
                runs++;
            }
        }
        assertEquals(3, runs, "groups stay together: " + Arrays.toString(order));
        assertArrayEquals(order, Clustering.order(rows, null), "same input, same order");
    }

    @Test
    void sameAsTheTextbookAlgorithmOnRandomData() {
        for (long seed = 1; seed <= 25; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 3 + r.nextInt(40);
            int m = 2 + r.nextInt(6);
            double[][] rows = new double[n][m];
            for (double[] row : rows) {
                for (int k = 0; k < m; k++) {
                    // few distinct values, so that ties between pairs occur
                    row[k] = r.nextInt(4);
                }
            }
            assertArrayEquals(naive(rows), Clustering.order(rows, null), "seed " + seed);
        }
    }

    @Test
    void identicalRowsKeepTheirOrder() {
        double[][] rows = new double[6][];
        Arrays.fill(rows, new double[] {1, 2, 3});
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, Clustering.order(rows, null));
    }

    @Test
    void smallInputs() {
        assertArrayEquals(new int[0], Clustering.order(new double[0][], null));
        assertArrayEquals(new int[] {0}, Clustering.order(new double[][] {{1}}, null));
        assertArrayEquals(new int[] {0, 1}, Clustering.order(new double[][] {{1, 2}, {2, 1}}, null));
    }

    @Test
    void cancelling() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        double[][] rows = new double[10][3];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i, i * i, -i};
        }
        assertThrows(OperationCanceledException.class, () -> Clustering.order(rows, monitor));
    }

    @Test
    void heatmapOrderPermutesRowsAndColumns() {
        double[][] v = {{1, 0, 1}, {0, 5, 0}, {2, 0, 2}, {0, 9, 0}};
        HeatmapData d = new HeatmapData("t", List.of("a", "b", "c", "d"), new int[] {10, 20, 30, 40},
                List.of("x", "y", "z"), 1, new int[] {0, 1, 2}, v, false);
        HeatmapOrder natural = HeatmapOrder.natural(d);
        assertArrayEquals(new int[] {0, 1, 2, 3}, natural.rows());
        assertArrayEquals(new int[] {0, 1, 2}, natural.columns());
        HeatmapOrder o = HeatmapOrder.clustered(d, null);
        assertPermutation(o.rows(), 4);
        assertPermutation(o.columns(), 3);
        HeatmapData shown = d.reorder(o);
        int[] rs = o.rows();
        int[] cs = o.columns();
        for (int i = 0; i < 4; i++) {
            assertEquals(d.rowName(rs[i]), shown.rowName(i));
            assertEquals(d.rowIndex(rs[i]), shown.rowIndex(i));
            for (int j = 0; j < 3; j++) {
                assertEquals(d.value(rs[i], cs[j]), shown.value(i, j));
                assertEquals(d.columnNode(cs[j]), shown.columnNode(j));
            }
        }
        // rows a and c (and b and d) are perfectly correlated: each pair is adjacent
        List<String> names = IntStream.range(0, 4).mapToObj(shown::rowName).toList();
        assertEquals(1, Math.abs(names.indexOf("a") - names.indexOf("c")), names.toString());
        assertEquals(1, Math.abs(names.indexOf("b") - names.indexOf("d")), names.toString());
    }

    private static void assertPermutation(int[] order, int n) {
        assertEquals(n, order.length);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertArrayEquals(IntStream.range(0, n).toArray(), sorted, "a permutation");
        assertTrue(n >= 0);
    }

    /**
     * Plain O(n^3) average linkage: scan every pair for the smallest distance (lowest indices first among equals),
     * merge into the lower slot, the lower slot's tree on the left.
     */
    private static int[] naive(double[][] rows) {
        int n = rows.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Clustering.distance(rows[i], rows[j]);
            }
        }
        int[][] members = new int[n][];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            members[i] = new int[] {i};
            size[i] = 1;
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        for (int step = 0; step < n - 1; step++) {
            int a = -1;
            int b = -1;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (active[i] && active[j] && (a < 0 || d[i][j] < d[a][b])) {
                        a = i;
                        b = j;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && k != b) {
                    d[a][k] = d[k][a] = (size[a] * d[a][k] + size[b] * d[b][k]) / (size[a] + size[b]);
                }
            }
            int[] merged = Arrays.copyOf(members[a], members[a].length + members[b].length);
            System.arraycopy(members[b], 0, merged, members[a].length, members[b].length);
            members[a] = merged;
            size[a] += size[b];
            active[b] = false;
        }
        return members[0];
    }
}
