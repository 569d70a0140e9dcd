package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.glia.ui.network.internal.graph.DrawnEdges;
import org.glia.ui.network.internal.graph.LevelOfDetail;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.PairEdges;
import org.junit.jupiter.api.Test;

/** Under the budget everything is drawn; above it, each node's strongest edges and a summary of the rest. */
class LevelOfDetailTest {

    @Test
    void smallNetworkIsDrawnCompletely() {
        NetworkSnapshot n = Nets.snapshot(1, 90, 4, 2);
        DrawnEdges d = LevelOfDetail.select(n, LevelOfDetail.DEFAULT_BUDGET, new NullProgressMonitor());
        assertFalse(d.isReduced());
        assertEquals(368, d.drawn());
        assertTrue(d.pairs().stream().allMatch(PairEdges::isComplete));
        assertEquals(PairEdges.Omitted.NONE, d.pair(0).omitted());
    }

    @Test
    void aboveTheBudgetEveryNodeKeepsItsStrongestEdges() {
        NetworkSnapshot n = Nets.snapshot(2, 60, 80, 3);
        DrawnEdges d = LevelOfDetail.select(n, 1000, new NullProgressMonitor());
        assertTrue(d.isReduced());
        int k = d.perNode();
        assertTrue(k >= 1);
        assertTrue(d.drawn() <= 1000, "drawn " + d.drawn());
        PairEdges p0 = d.pair(0);
        assertFalse(p0.isComplete());
        // every target's k strongest incoming and every source's k strongest outgoing edges are drawn
        for (int t = 0; t < 80; t++) {
            final int target = t;
            int[] best = top(k, 60, s -> Math.abs(n.weight(0, s, target)));
            for (int s : best) {
                assertTrue(p0.isDrawn(s, t), "edge " + s + "->" + t + " is among the strongest into " + t);
            }
        }
        for (int s = 0; s < 60; s++) {
            final int source = s;
            for (int t : top(k, 80, t -> Math.abs(n.weight(0, source, t)))) {
                assertTrue(p0.isDrawn(s, t));
            }
        }
        // the small last pair (80 x 3) fits into k per node and is complete
        assertTrue(d.pair(1).isComplete() || 240 > (long) k * 83);
    }

    @Test
    void leftOutEdgesAreSummarised() {
        NetworkSnapshot n = Nets.snapshot(3, 40, 50, 2);
        DrawnEdges d = LevelOfDetail.select(n, 300, new NullProgressMonitor());
        PairEdges p = d.pair(0);
        double abs = 0;
        double sum = 0;
        long count = 0;
        for (int s = 0; s < 40; s++) {
            for (int t = 0; t < 50; t++) {
                if (!p.isDrawn(s, t)) {
                    count++;
                    abs += Math.abs(n.weight(0, s, t));
                    sum += n.weight(0, s, t);
                }
            }
        }
        assertEquals(count, p.omitted().count());
        assertEquals(2000 - p.drawn(), count);
        assertEquals(abs / count, p.omitted().meanAbs(), 1e-12);
        assertEquals(sum / count, p.omitted().meanSigned(), 1e-12);
    }

    @Test
    void targetsAscendPerSourceAndTheChoiceIsDeterministic() {
        NetworkSnapshot n = Nets.snapshot(4, 70, 90, 5);
        DrawnEdges a = LevelOfDetail.select(n, 2000, new NullProgressMonitor());
        DrawnEdges b = LevelOfDetail.select(n, 2000, new NullProgressMonitor());
        PairEdges p = a.pair(0);
        for (int s = 0; s < 70; s++) {
            for (int q = 1; q < p.degree(s); q++) {
                assertTrue(p.target(s, q) > p.target(s, q - 1));
            }
            for (int q = 0; q < p.degree(s); q++) {
                assertEquals(p.target(s, q), b.pair(0).target(s, q));
            }
        }
        assertEquals(a.drawn(), b.drawn());
    }

    @Test
    void raisingTheBudgetDrawsMore() {
        NetworkSnapshot n = Nets.snapshot(5, 100, 100, 2);
        long previous = 0;
        for (long budget : new long[] {500, 2000, 8000, 10_200}) {
            DrawnEdges d = LevelOfDetail.select(n, budget, new NullProgressMonitor());
            assertTrue(d.drawn() >= previous);
            assertTrue(d.drawn() <= budget);
            previous = d.drawn();
        }
        assertFalse(LevelOfDetail.select(n, 10_200, new NullProgressMonitor()).isReduced());
    }

    @Test
    void largeNetworkStaysWithinTheDefaultBudget() {
        NetworkSnapshot n = Nets.snapshot(6, 278, 1024, 1024, 3);
        long t0 = System.nanoTime();
        DrawnEdges d = LevelOfDetail.select(n, LevelOfDetail.DEFAULT_BUDGET, new NullProgressMonitor());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("LOD 278-1024-1024-3: %d of %d edges drawn, %d per node, %d ms%n", d.drawn(), d.total(),
                d.perNode(), ms);
        assertEquals(1_336_320, d.total());
        assertTrue(d.drawn() <= LevelOfDetail.DEFAULT_BUDGET && d.drawn() > LevelOfDetail.DEFAULT_BUDGET / 4);
        assertTrue(d.pair(2).isComplete(), "1024 x 3 fits");
        for (int s = 0; s < 1024; s++) {
            assertTrue(d.pair(1).degree(s) >= d.perNode(), "every node keeps at least k edges");
        }
    }

    @Test
    void cancellationStops() {
        NetworkSnapshot n = Nets.snapshot(7, 200, 300, 2);
        NullProgressMonitor m = new NullProgressMonitor();
        m.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> LevelOfDetail.select(n, 100, m));
    }

    /** The indices of the k largest values among {@code n}, ties to the lower index. */
    private static int[] top(int k, int n, java.util.function.IntToDoubleFunction value) {
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -value.applyAsDouble(i)).thenComparing(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }
}
