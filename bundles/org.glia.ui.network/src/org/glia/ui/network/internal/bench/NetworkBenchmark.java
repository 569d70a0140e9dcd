package org.glia.ui.network.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.graph.LevelOfDetail;

/**
 * {@code ./glia bench network [--frames N] [--warmup N] [--picks N] [--size WxH] [--seed S] [--baseline-all]}:
 * the network editor's canvas at 1280x800 in a real window (an X display, e.g. Xvfb) drawing seeded random
 * networks 90-4-2, 278-512-3 and 278-1024-1024-3: time to the first picture, whole pan and zoom frames and hit
 * tests; the baseline, measured in the same run, is the same frames with the level of detail off (every edge drawn
 * one by one) for 278-512-3, and for every network with {@code --baseline-all}.
 */
public final class NetworkBenchmark implements GliaCommand {

    /** The networks measured: the paper's scale, a large single hidden layer, about 1.3 million edges. */
    static final int[][] NETWORKS = {{90, 4, 2}, {278, 512, 3}, {278, 1024, 1024, 3}};
    /** Goal for the largest network, from the issue. */
    static final double GOAL_FPS = 20;
    /** Goal for picking, from the issue. */
    static final double GOAL_PICK_MS = 10;
    /** A frame this fast feels instant. */
    static final double INSTANT_MS = 100;

    @Override
    public int run(CommandContext context) throws Exception {
        boolean baselineAll = context.args().flag("baseline-all");
        int frames = context.args().intOption("frames", 60, 5, 100_000);
        int warmup = context.args().intOption("warmup", 5, 0, 10_000);
        int picks = context.args().intOption("picks", 1000, 10, 10_000_000);
        long seed = context.args().longOption("seed", 1);
        int[] size = size(context.args().option("size", "1280x800"));
        context.args().checkAllUsed();
        context.args().maxPositional(0);
        PrintStream out = context.out();
        PrintStream err = context.err();
        Display display = Display.getCurrent();
        boolean own = display == null;
        try {
            display = own ? new Display() : display;
        } catch (SWTError | LinkageError e) {
            err.println("glia bench network: cannot open an X display (" + e.getMessage() + "). The benchmark draws "
                    + "in a real window: set DISPLAY, or run it under Xvfb, e.g. xvfb-run -a -s \"-screen 0 "
                    + "1600x1000x24\" ./glia bench network");
            return FAILED;
        }
        Shell shell = new Shell(display, SWT.SHELL_TRIM);
        try {
            shell.setLayout(new FillLayout());
            NetworkCanvas canvas = new NetworkCanvas(shell, SWT.NONE);
            Rectangle trim = shell.computeTrim(0, 0, size[0], size[1]);
            shell.setSize(trim.width, trim.height);
            shell.open();
            shell.layout(true, true);
            while (display.readAndDispatch()) {
                // map the window
            }
            Rectangle area = canvas.getClientArea();
            Rectangle screen = display.getBounds();
            out.printf(Locale.ROOT, "Network canvas %dx%d on a %dx%d, %d-bit display (SWT %s %d), %d frames per "
                    + "series after %d warm-up, %d hit tests each, seed %d; %s%n", area.width, area.height,
                    screen.width, screen.height, display.getDepth(), SWT.getPlatform(), SWT.getVersion(), frames,
                    warmup, picks, seed, load());
            if (screen.width < area.width || screen.height < area.height || display.getDepth() < 24) {
                err.println("warning: the display is smaller than the canvas or has fewer than 24 bits per pixel; "
                        + "figures are not comparable (xvfb-run -s \"-screen 0 1600x1000x24\")");
            }
            FrameBench bench = new FrameBench(canvas, warmup, frames, picks);
            List<FrameBench.Result> results = new ArrayList<>();
            SubMonitor progress = SubMonitor.convert(context.monitor(), NETWORKS.length * 2);
            for (int[] sizes : NETWORKS) {
                String name = BenchNetworks.name(sizes);
                boolean baseline = baselineAll || sizes.length == 3 && sizes[1] == 512;
                err.println("network " + name + ": level of detail on (budget "
                        + String.format(Locale.ROOT, "%,d", LevelOfDetail.DEFAULT_BUDGET) + ")");
                var network = BenchNetworks.random(seed, sizes);
                results.add(bench.measure(name, network, NetworkDisplaySettings.DEFAULT, seed, progress.split(1)));
                if (baseline) {
                    err.println("network " + name + ": baseline, every edge drawn");
                    results.add(bench.measure(name, network,
                            NetworkDisplaySettings.DEFAULT.withEdgeBudget(Long.MAX_VALUE), seed, progress.split(1)));
                } else {
                    progress.split(1);
                }
            }
            new BenchReport(out).print(results);
            out.println("At the end: " + load() + " (figures from a loaded machine are slower than the program)");
            return OK;
        } finally {
            shell.dispose();
            if (own) {
                display.dispose();
            }
        }
    }

    /** The machine's load, which slows every frame: the one-minute load average and the CPUs. */
    private static String load() {
        int cpus = Runtime.getRuntime().availableProcessors();
        try {
            String avg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
            return "load average " + avg + " on " + cpus + " CPUs";
        } catch (IOException | RuntimeException e) {
            return cpus + " CPUs, load unknown";
        }
    }

    /** {@code WxH} as two numbers. */
    private static int[] size(String text) throws UsageException {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= 100 && h >= 100 && w <= 8192 && h <= 8192) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--size must be WIDTHxHEIGHT from 100x100 to 8192x8192, not "
                + text);
    }
}
