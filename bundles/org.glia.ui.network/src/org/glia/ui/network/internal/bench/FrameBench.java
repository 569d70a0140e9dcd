package org.glia.ui.network.internal.bench;

import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.PairEdges;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * Measures the network canvas as the user meets it: how long a network takes to be drawn (and the longest the UI
 * thread is held meanwhile), the time of whole pan and zoom frames, and hit tests of nodes and edges.
 * <p>
 * A frame is timed from the change of view to a picture the X server has executed: the canvas is repainted
 * ({@code redraw} and {@code update}), the event queue is run until it has painted and is idle, and one pixel is
 * read back from the window, which waits for every drawing request sent before it.
 * <p>
 * Two kinds of frames are timed. Interactive frames come from mouse events (a drag, wheel notches), as the user
 * makes them: when the full picture is slow to paint, those frames leave out the weaker half of the drawn edges
 * and the full picture follows once the user pauses. Full frames change the view directly and always paint
 * everything, the picture the user looks at between moves.
 */
public final class FrameBench {

    /**
     * One network's figures.
     *
     * @param network     its name, e.g. {@code 278-512-3}
     * @param edges       its edges
     * @param drawn       the edges drawn one by one (the level of detail shows the others as bands)
     * @param budget      the edge budget used
     * @param readyMillis from handing the network to the canvas to its first complete picture
     * @param longestStep the longest single UI-thread step meanwhile, in milliseconds
     * @param repaint     whole frames that repaint the unchanged picture: the cost of getting a picture to the
     *                    screen, the floor under every frame
     * @param drag        interactive frames while the mouse drags the drawing
     * @param wheel       interactive frames while the mouse wheel zooms in and out at the centre
     * @param pan         full frames while panning
     * @param zoom        full frames while zooming around the centre
     * @param pickNode    hit tests at node centres
     * @param pickEdge    hit tests on drawn edges
     * @param nodeHits    node hit tests that found a node of the right layer
     * @param edgeHits    edge hit tests that found an edge
     */
    public record Result(String network, long edges, long drawn, long budget, double readyMillis, double longestStep,
            Timing repaint, Timing drag, Timing wheel, Timing pan, Timing zoom, Timing pickNode, Timing pickEdge, int nodeHits, int edgeHits) {
    }

    /** Longer than the pause after which the canvas paints the full picture again after a drag or zoom. */
    private static final long SETTLE_MS = 400;
    /** Longest wait for a paint or a prepared network before the benchmark gives up. */
    private static final long TIMEOUT_MS = 600_000;

    private final NetworkCanvas canvas;
    private final Display display;
    private final int warmup;
    private final int frames;
    private final int picks;
    private int painted;

    /**
     * @param canvas a visible canvas (its size is the frame size)
     * @param warmup untimed frames before each timed series
     * @param frames timed frames per series
     * @param picks  timed hit tests of each kind
     */
    public FrameBench(NetworkCanvas canvas, int warmup, int frames, int picks) {
        this.canvas = canvas;
        this.display = canvas.getDisplay();
        this.warmup = warmup;
        this.frames = frames;
        this.picks = picks;
    }

    /**
     * Draws {@code network} with {@code settings} and measures it; call on the UI thread.
     *
     * @param seed chooses the nodes and edges hit-tested
     * @throws OperationCanceledException when the monitor is cancelled
     * @throws IllegalStateException      when the canvas does not paint or prepare in time
     */
    public Result measure(String name, NetworkSnapshot network, NetworkDisplaySettings settings, long seed,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, name, 4);
        Listener counter = e -> painted++;
        canvas.addListener(SWT.Paint, counter);
        Image pixel = new Image(display, 1, 1);
        try {
            canvas.setNetwork((NetworkSnapshot) null);
            canvas.setSettings(settings);
            long t0 = System.nanoTime();
            canvas.setNetwork(network);
            double longest = untilReady();
            frame(canvas::fit, pixel);
            double ready = (System.nanoTime() - t0) / 1e6;
            progress.split(1);
            Timing repaint = series(i -> {
                // nothing changes: the canvas copies its kept picture to the window
            }, pixel);
            Rectangle area = canvas.getClientArea();
            int cx = area.width / 2;
            int cy = area.height / 2;
            mouse(SWT.MouseDown, cx, cy, 0);
            Timing drag;
            try {
                drag = series(i -> mouse(SWT.MouseMove, cx + (int) Math.round(25 * Math.cos(i * 0.4)),
                        cy + (int) Math.round(15 * Math.sin(i * 0.4)), 0), pixel);
            } finally {
                mouse(SWT.MouseUp, cx, cy, 0);
            }
            settle(pixel);
            Timing wheel = series(i -> mouse(SWT.MouseVerticalWheel, cx, cy, (i / 2) % 2 == 0 ? 1 : -1), pixel);
            settle(pixel);
            Timing pan = series(i -> canvas.pan((int) Math.round(25 * Math.cos(i * 0.4)),
                    (int) Math.round(15 * Math.sin(i * 0.4))), pixel);
            progress.split(1);
            frame(canvas::fit, pixel);
            Timing zoom = series(i -> canvas.zoom((i / 4) % 2 == 0 ? 1.1 : 1 / 1.1, area.width / 2, area.height / 2),
                    pixel);
            progress.split(1);
            frame(canvas::fit, pixel);
            Scene scene = canvas.getScene();
            SplittableRandom random = new SplittableRandom(seed);
            double[] nodeTimes = new double[picks];
            int nodeHits = pickNodes(scene, random, nodeTimes);
            double[] edgeTimes = new double[picks];
            int edgeHits = pickEdges(scene, random, edgeTimes);
            progress.split(1);
            return new Result(name, network.edgeCount(), scene.edges().drawn(), settings.edgeBudget(), ready,
                    longest, repaint, drag, wheel, pan, zoom, Timing.of(nodeTimes), Timing.of(edgeTimes), nodeHits, edgeHits);
        } finally {
            pixel.dispose();
            if (!canvas.isDisposed()) {
                canvas.removeListener(SWT.Paint, counter);
            }
        }
    }

    /** Runs warm-up frames, then times {@link #frames} frames of {@code change}. */
    private Timing series(java.util.function.IntConsumer change, Image pixel) {
        for (int i = 0; i < warmup; i++) {
            int n = i;
            frame(() -> change.accept(n), pixel);
        }
        double[] ms = new double[frames];
        for (int i = 0; i < frames; i++) {
            int n = warmup + i;
            ms[i] = frame(() -> change.accept(n), pixel);
        }
        return Timing.of(ms);
    }

    /** One whole frame: the change, the paint, the queue run dry and a read-back from the window; milliseconds. */
    private double frame(Runnable change, Image pixel) {
        long t0 = System.nanoTime();
        int before = painted;
        change.run();
        canvas.redraw();
        canvas.update();
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (painted == before) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the canvas did not paint within " + TIMEOUT_MS / 1000 + " s");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                    // wakes the loop to look again
                });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // run what the paint left (idle tasks, further paints) so the frame is really over
        }
        GC gc = new GC(canvas);
        try {
            Rectangle a = canvas.getClientArea();
            gc.copyArea(pixel, a.width / 2, a.height / 2); // a round trip: the server has drawn everything before it
        } finally {
            gc.dispose();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** A mouse event on the canvas as the user makes it: button 1 for press and release, a wheel {@code count}. */
    private void mouse(int type, int x, int y, int count) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = type == SWT.MouseDown || type == SWT.MouseUp ? 1 : 0;
        e.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        e.count = count;
        canvas.notifyListeners(type, e);
    }

    /** Lets the user's pause pass, so that the canvas paints the full picture again, and fits the drawing. */
    private void settle(Image pixel) {
        long end = System.currentTimeMillis() + SETTLE_MS;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                    // wakes the loop to look again
                });
                display.sleep();
            }
        }
        frame(canvas::fit, pixel);
    }

    /** Runs the event loop until the canvas has a complete scene; returns the longest single step in ms. */
    private double untilReady() {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        double longest = 0;
        while (canvas.getScene() == null || canvas.isBusy()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("the network was not drawn within " + TIMEOUT_MS / 1000 + " s");
            }
            long t0 = System.nanoTime();
            boolean more = display.readAndDispatch();
            longest = Math.max(longest, (System.nanoTime() - t0) / 1e6);
            if (!more) {
                display.timerExec(5, () -> {
                    // wakes the loop to look again
                });
                display.sleep();
            }
        }
        return longest;
    }

    /** Hit tests at the centres of random visible nodes; returns how many found a node of the right layer. */
    private int pickNodes(Scene scene, SplittableRandom random, double[] times) {
        GraphLayout l = scene.layout();
        Rectangle area = canvas.getClientArea();
        int hits = 0;
        for (int i = 0; i < times.length; i++) {
            Point p;
            int k;
            do {
                k = random.nextInt(l.layers());
                p = canvas.nodeLocation(k, random.nextInt(l.size(k)));
            } while (!area.contains(p));
            long t0 = System.nanoTime();
            NetworkPick pick = canvas.pickAt(p.x, p.y);
            times[i] = (System.nanoTime() - t0) / 1e6;
            hits += pick != null && pick.isNode() && pick.layer() == k ? 1 : 0;
        }
        return hits;
    }

    /** Hit tests on random drawn edges, away from their ends; returns how many found an edge. */
    private int pickEdges(Scene scene, SplittableRandom random, double[] times) {
        GraphLayout l = scene.layout();
        Viewport v = canvas.getViewport();
        Rectangle area = canvas.getClientArea();
        int pairs = l.layers() - 1;
        int hits = 0;
        for (int i = 0; i < times.length; i++) {
            int x;
            int y;
            do {
                int p = random.nextInt(pairs);
                PairEdges pair = scene.edges().pair(p);
                int s = random.nextInt(pair.sources());
                if (pair.degree(s) == 0) {
                    x = -1;
                    y = -1;
                    continue;
                }
                int t = pair.target(s, random.nextInt(pair.degree(s)));
                double u = 0.3 + 0.4 * random.nextDouble();
                x = (int) Math.round(v.screenX(l.x(p) + u * (l.x(p + 1) - l.x(p))));
                y = (int) Math.round(v.screenY((1 - u) * l.y(p, s) + u * l.y(p + 1, t)));
            } while (!area.contains(x, y));
            long t0 = System.nanoTime();
            NetworkPick pick = canvas.pickAt(x, y);
            times[i] = (System.nanoTime() - t0) / 1e6;
            hits += pick != null && pick.isEdge() ? 1 : 0;
        }
        return hits;
    }
}
