package org.glia.report.internal.soak;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The soak test of a long session: cycles of edit → retrain → explain → render on a small model, with the heap
 * after garbage collection measured every few cycles. The session keeps what a user's session keeps (undo stack,
 * versions); at the end the heap those hold is measured by releasing them.
 */
public final class SoakRun {

    private static final int EDIT = 0;
    private static final int RETRAIN = 1;
    private static final int EXPLAIN = 2;
    private static final int RENDER = 3;

    private SoakRun() {
    }

    /**
     * Runs the soak test, printing the set-up and a line per measurement to {@code out} as it goes, then the summary.
     *
     * @throws OperationCanceledException when cancelled
     */
    public static SoakResult run(SoakOptions options, PrintStream out, IProgressMonitor monitor) throws Exception {
        SubMonitor progress = SubMonitor.convert(monitor, "Soak test", options.cycles() + 10);
        Path folder = Files.createTempDirectory("glia-soak");
        try {
            SoakData data = SoakData.prepare(options.seed(), folder, progress.split(5));
            SoakSession session = new SoakSession(data, options, folder);
            try (RenderStep render = openRender(data, options, progress.split(5))) {
                out.printf(Locale.ROOT, "soak: %d cycles of edit -> retrain -> explain -> render, heap measured"
                        + " every %d%n", options.cycles(), options.every());
                out.printf(Locale.ROOT, "data: %s%nmodel: %s, retrained %d epochs (Java engine, full batch) per cycle,"
                        + " class maps with the paper's rule%nrender: %s%n", data.description(),
                        sizes(session.sizes()), options.epochs(), render.description());
                SoakResult result = cycles(session, render, options, out, progress.split(options.cycles()));
                result.print(out);
                return result;
            }
        } finally {
            delete(folder);
        }
    }

    private static SoakResult cycles(SoakSession session, RenderStep render, SoakOptions options, PrintStream out,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, options.cycles());
        int ad = SoakData.CLASSES.indexOf("AD");
        double[] steps = new double[4];
        List<Checkpoint> checkpoints = new ArrayList<>();
        long windowStart = System.nanoTime();
        long checksum = 0;
        for (int c = 1; c <= options.cycles(); c++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            long t0 = System.nanoTime();
            session.edit(c);
            long t1 = System.nanoTime();
            session.retrain(c, null);
            long t2 = System.nanoTime();
            double[][] maps = session.explain(null);
            long t3 = System.nanoTime();
            checksum += render.render(maps[ad], c);
            long t4 = System.nanoTime();
            steps[EDIT] += t1 - t0;
            steps[RETRAIN] += t2 - t1;
            steps[EXPLAIN] += t3 - t2;
            steps[RENDER] += t4 - t3;
            progress.worked(1);
            if (c % options.every() == 0) {
                double ms = (t4 - windowStart) / 1e6 / options.every();
                Checkpoint p = new Checkpoint(c, HeapProbe.heapAfterGc(), HeapProbe.residentBytes(), session.versions(),
                        session.commands(), session.sizes()[1], ms);
                checkpoints.add(p);
                out.printf(Locale.ROOT, "  cycle %d: heap %.2f MB after GC, %d versions, %.1f ms per cycle%n", c,
                        p.heapBytes() / 1048576.0, p.versions(), ms);
                windowStart = System.nanoTime();
            }
        }
        // the history a session keeps, measured by letting go of it
        long end = checkpoints.get(checkpoints.size() - 1).heapBytes();
        session.dropUndoHistory();
        long withoutUndo = HeapProbe.heapAfterGc();
        session.dropVersions();
        long withoutVersions = HeapProbe.heapAfterGc();
        for (int i = 0; i < steps.length; i++) {
            steps[i] = steps[i] / 1e6 / options.cycles();
        }
        if (checksum == 42) {
            out.println(); // keeps the pictures' checksum live, so the JIT cannot drop the rendering
        }
        return new SoakResult(checkpoints, Math.max(0, end - withoutUndo), Math.max(0, withoutUndo - withoutVersions),
                steps, render.description());
    }

    /** The render step, or a skipped one saying why (no atlas, no renderer bundle, no headless OpenGL). */
    private static RenderStep openRender(SoakData data, SoakOptions options, IProgressMonitor monitor) {
        if (!options.render()) {
            return RenderStep.skipped("--no-render");
        }
        if (data.cohort() == null || data.cohort().atlas() == null) {
            return RenderStep.skipped("no atlas to render on (AAL from Debian's mricron-data is not installed)");
        }
        RenderStep step = null;
        try {
            step = BrainRenderStep.open(data.cohort(), monitor);
            step.render(new double[data.regions().size()], 0); // creates the GL context before the first cycle
            return step;
        } catch (LinkageError e) {
            close(step);
            return RenderStep.skipped("the 3D renderer (org.glia.render) or its OpenGL library is not installed ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (Exception e) {
            close(step);
            return RenderStep.skipped("headless OpenGL is unavailable: " + e.getMessage());
        }
    }

    private static void close(RenderStep step) {
        if (step != null) {
            step.close();
        }
    }

    private static String sizes(int[] sizes) {
        return String.join("-", Arrays.stream(sizes).mapToObj(Integer::toString).toList());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
