package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.UsageException;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.internal.bench.BenchNetworks;
import org.glia.ui.network.internal.bench.FrameBench;
import org.glia.ui.network.internal.bench.NetworkBenchmark;
import org.glia.ui.network.internal.bench.Timing;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The frame benchmark's measuring: percentiles, reproducible random networks, and sane figures for a tiny network
 * in a real window (needs a display such as Xvfb; skipped without one).
 */
class FrameBenchTest {

    @Test
    void timingsArePercentilesOfTheMeasuredTimes() {
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = 100 - i; // 100 .. 1, unsorted
        }
        Timing t = Timing.of(ms);
        assertEquals(50.5, t.median());
        assertEquals(95, t.p95());
        assertEquals(99, t.p99());
        assertEquals(100, t.max());
        assertEquals(100, t.count());
        assertEquals(1000 / 50.5, t.perSecond(), 1e-12);
        assertEquals(7, Timing.of(new double[] {7}).p99());
        assertThrows(IllegalArgumentException.class, () -> Timing.of(new double[0]));
    }

    @Test
    void benchmarkNetworksAreSeeded() {
        NetworkSnapshot a = BenchNetworks.random(4, 9, 5, 2);
        NetworkSnapshot b = BenchNetworks.random(4, 9, 5, 2);
        assertEquals(a.mlp(), b.mlp());
        assertEquals(9 * 5 + 5 * 2, a.edgeCount());
        assertEquals("R1", a.label(0, 0));
        assertEquals("C2", a.label(2, 1));
        assertTrue(a.maxAbsPerPair()[0] <= 1 / Math.sqrt(9));
        assertEquals("278-1024-1024-3", BenchNetworks.name(278, 1024, 1024, 3));
    }

    @Test
    void badOptionsAreUsageErrors() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink);
        assertThrows(UsageException.class, () -> new NetworkBenchmark().run(CommandContext.of(
                List.of("--size", "huge"), out, out, Path.of("."), new NullProgressMonitor())));
        assertThrows(UsageException.class, () -> new NetworkBenchmark().run(CommandContext.of(
                List.of("--frames", "1"), out, out, Path.of("."), new NullProgressMonitor())));
    }

    @Test
    void aTinyNetworkGivesSaneFigures() {
        Display display;
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            Assumptions.assumeTrue(false, "no display: " + e);
            return;
        }
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(500, 400);
            NetworkCanvas canvas = new NetworkCanvas(shell, SWT.NONE);
            shell.open();
            FrameBench bench = new FrameBench(canvas, 1, 4, 30);
            NetworkSnapshot net = BenchNetworks.random(1, 6, 3, 2);
            FrameBench.Result r = bench.measure("6-3-2", net, NetworkDisplaySettings.DEFAULT, 3,
                    new NullProgressMonitor());
            assertEquals("6-3-2", r.network());
            assertEquals(24, r.edges());
            assertEquals(24, r.drawn(), "a tiny network is drawn completely");
            assertTrue(r.readyMillis() > 0 && r.readyMillis() < 60_000, "ready in " + r.readyMillis());
            for (Timing t : List.of(r.repaint(), r.drag(), r.wheel(), r.pan(), r.zoom())) {
                assertEquals(4, t.count());
                assertTrue(t.median() > 0 && t.median() <= t.p95() && t.p95() <= t.p99() && t.p99() <= t.max(),
                        t.toString());
                assertTrue(t.max() < 10_000, "a tiny frame is not that slow: " + t);
            }
            assertEquals(30, r.pickNode().count());
            assertEquals(30, r.nodeHits(), "every node centre picks a node of its layer");
            assertEquals(30, r.edgeHits(), "every point on a drawn edge picks an edge");
            assertTrue(r.pickNode().max() < 1000 && r.pickEdge().max() < 1000);
            assertTrue(canvas.getViewport().isFitted(), "the benchmark leaves the drawing fitted");
        } finally {
            shell.dispose();
        }
    }
}
