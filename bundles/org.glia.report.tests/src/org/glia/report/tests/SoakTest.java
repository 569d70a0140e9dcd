package org.glia.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.glia.core.cli.UsageException;
import org.glia.report.internal.soak.Checkpoint;
import org.glia.report.internal.soak.SoakBenchmark;
import org.glia.report.internal.soak.SoakData;
import org.glia.report.internal.soak.SoakResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak benchmark ({@code ./glia bench soak}): a short run prints the set-up, a row per measurement and a
 * verdict that matches its exit code; the verdict and the history attribution follow the numbers; bad options are
 * usage errors.
 */
class SoakTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aShortRunPrintsItsMeasurementsAndAVerdict() throws Exception {
        Cli.Run run = Cli.run(new SoakBenchmark(), dir, "--cycles", "6", "--every", "3", "--epochs", "5");
        String out = run.out();
        assertTrue(out.contains("soak: 6 cycles of edit -> retrain -> explain -> render"), out);
        assertTrue(out.contains(AalDemo.available() ? "demo cohort (seed 1), HC vs AD" : "synthetic data"), out);
        assertTrue(out.contains("render: "), out);
        String verdict = out.lines().filter(l -> l.startsWith("PASS") || l.startsWith("FAIL")).findFirst()
                .orElseThrow();
        assertEquals(verdict.startsWith("PASS") ? 0 : 1, run.exit(), out);
        assertTrue(verdict.contains("from cycle 3 to cycle 6"), verdict);
        // the table: one row per measurement, the versions growing by one per cycle, the network kept in size
        List<String[]> rows = out.lines().map(String::trim).filter(l -> l.matches("[36] .*")).map(l -> l.split("\\s+"))
                .toList();
        assertEquals(2, rows.size(), out);
        assertEquals("3", rows.get(0)[4]);
        assertEquals("6", rows.get(1)[4]);
        assertEquals("12", rows.get(1)[5], "an edit and a recorded version per cycle on the undo stack");
        assertTrue(out.contains("history at cycle 6, kept on purpose: undo stack"), out);
        assertTrue(out.contains("mean step times: edit"), out);
    }

    @Test
    void theVerdictFollowsTheHeapGrowth() {
        SoakResult pass = result(100, 109.9, -1, -1);
        assertFalse(pass.historyMeasured());
        assertTrue(pass.passed());
        assertEquals(9.9, pass.growthPercent(), 1e-5);
        assertFalse(result(100, 110, -1, -1).passed());
        assertFalse(result(100, 110, 0, 0).passed());
        // the history is reported, not forgiven: 10 MB of it in a 10 % growth still fails
        SoakResult history = result(100, 110, 6, 4);
        assertTrue(history.historyMeasured());
        assertEquals(10 * MB, history.historyBytes());
        assertFalse(history.passed());
        assertTrue(result(100, 105, 3, 2).passed());
        assertThrows(IllegalArgumentException.class,
                () -> new SoakResult(List.of(point(20, 1)), 0, 0, new double[4], ""));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThrows(UsageException.class, () -> Cli.run(new SoakBenchmark(), dir, "--cycles", "10", "--every", "6"));
        assertThrows(UsageException.class, () -> Cli.run(new SoakBenchmark(), dir, "--cycle", "10"));
        assertThrows(UsageException.class, () -> Cli.run(new SoakBenchmark(), dir, "--cycles", "0"));
    }

    @Test
    void syntheticDataIsSeeded() {
        SoakData a = SoakData.synthetic(3, 12, 5, 4);
        SoakData b = SoakData.synthetic(3, 12, 5, 4);
        assertEquals(9, a.x().length);
        assertArrayEquals(a.x()[8], b.x()[8]);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1}, a.y());
        assertEquals(List.of("HC", "AD"), a.classes());
    }

    /** Measurements at cycles 20, 110 and 200; history sizes in MB, negative for "not measured". */
    private static SoakResult result(double firstMb, double lastMb, double undoMb, double versionsMb) {
        return new SoakResult(List.of(point(20, firstMb), point(110, (firstMb + lastMb) / 2), point(200, lastMb)),
                undoMb < 0 ? -1 : (long) (undoMb * MB), versionsMb < 0 ? -1 : (long) (versionsMb * MB),
                new double[] {0.1, 10, 2, 50}, "test");
    }

    private static Checkpoint point(int cycle, double mb) {
        return new Checkpoint(cycle, (long) (mb * MB), -1, cycle, 2 * cycle, 8, 60);
    }
}
