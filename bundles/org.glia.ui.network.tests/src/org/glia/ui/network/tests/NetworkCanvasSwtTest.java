package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.glia.core.color.ColorMap;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.bench.FrameBench;
import org.glia.ui.network.internal.canvas.CanvasSnapshot;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canvas in a real shell (plain Java, needs a display such as Xvfb): it paints a 90-4-2 network, a click at a
 * node's drawn position picks that node, edges are visibly weighted, zoom and pan work, a region selected elsewhere
 * is marked and revealed, and a 1.3M-edge network never holds the UI thread for long.
 */
class NetworkCanvasSwtTest {

    private Display display;
    private Shell shell;
    private NetworkCanvas canvas;

    @BeforeEach
    void open() {
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            Assumptions.assumeTrue(false, "no display: " + e);
        }
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
        canvas = new NetworkCanvas(shell, SWT.NONE);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void clickOnADrawnNodePicksIt(@TempDir Path dir) throws Exception {
        NetworkSnapshot net = NetworkSnapshot.of(Nets.network(90, 7, 4));
        canvas.setNetwork(net);
        canvas.setSubject("demo subject", input(90));
        String stall = waitUntilReady();
        List<NetworkPick> picks = new ArrayList<>();
        canvas.addPickListener(picks::add);

        Point p = canvas.nodeLocation(1, 2);
        click(p.x, p.y);
        assertEquals(List.of(NetworkPick.node(1, 2, "1:2")), picks);
        assertEquals(picks.get(0), canvas.getSelection());

        Point region = canvas.nodeLocation(0, 40);
        click(region.x + 1, region.y);
        assertEquals(NetworkPick.node(0, 40, "Region_40"), canvas.getSelection());
        Point out = canvas.nodeLocation(2, 1);
        click(out.x, out.y - 1);
        assertEquals("AD", canvas.getSelection().label());

        // the pixel at the node's centre has the node's activation colour: the node is really drawn there
        ImageData image = CanvasSnapshot.render(canvas);
        int expected = canvas.getScene().activity().rgb(1, 2);
        Point hidden = canvas.nodeLocation(1, 2);
        assertEquals(rgb(expected), image.palette.getRGB(image.getPixel(hidden.x, hidden.y)));

        click(5, 5);
        assertNull(canvas.getSelection(), "a click on empty space clears the pick");
        assertNull(stall);
        save(dir, "network-canvas.png", true);
    }

    @Test
    void clickOnAnEdgePicksItWithItsWeight() {
        NetworkSnapshot net = NetworkSnapshot.of(Nets.network(90, 7, 4));
        canvas.setNetwork(net);
        waitUntilReady();
        GraphLayout l = canvas.getScene().layout();
        Viewport v = canvas.getViewport();
        // a quarter of the way along 1:0 -> 2:1, where no other edge of the 4 x 2 pair passes close
        double wx = l.x(1) + 0.25 * (l.x(2) - l.x(1));
        double wy = l.y(1, 0) + 0.25 * (l.y(2, 1) - l.y(1, 0));
        click((int) Math.round(v.screenX(wx)), (int) Math.round(v.screenY(wy)));
        NetworkPick pick = canvas.getSelection();
        assertNotNull(pick);
        assertTrue(pick.isEdge());
        assertEquals(NetworkPick.edge(1, 0, 1, net.weight(1, 0, 1)), pick);
    }

    @Test
    void edgesAreVisiblyWeighted() {
        NetworkSnapshot net = Nets.snapshot(21, 6, 5, 2);
        canvas.setNetwork(net);
        waitUntilReady();
        ImageData image = CanvasSnapshot.render(canvas);
        GraphLayout l = canvas.getScene().layout();
        Viewport v = canvas.getViewport();
        // pair 1 (5 -> 2): the strongest and the weakest edge, each sampled where no other edge passes near
        int strongest = 0;
        int weakest = 0;
        for (int i = 1; i < 10; i++) {
            double a = Math.abs(net.weight(1, i / 2, i % 2));
            strongest = a > Math.abs(net.weight(1, strongest / 2, strongest % 2)) ? i : strongest;
            weakest = a < Math.abs(net.weight(1, weakest / 2, weakest % 2)) ? i : weakest;
        }
        RGB strong = pixelAlone(image, v, l, strongest / 2, strongest % 2);
        RGB weak = pixelAlone(image, v, l, weakest / 2, weakest % 2);
        assertTrue(ink(strong) > 3 * ink(weak) + 50, "strong edge " + strong + " vs weak " + weak);
        double w = net.weight(1, strongest / 2, strongest % 2);
        assertTrue(w > 0 ? strong.red > strong.blue : strong.blue > strong.red, "sign shows as hue: " + strong + " for " + w);
    }

    @Test
    void wheelZoomsAroundTheCursorAndKeysFit() {
        canvas.setNetwork(Nets.snapshot(3, 30, 8, 2));
        waitUntilReady();
        Viewport v = canvas.getViewport();
        double scale = v.scale();
        double wx = v.worldX(300);
        double wy = v.worldY(200);
        Event e = new Event();
        e.x = 300;
        e.y = 200;
        e.count = 3;
        canvas.notifyListeners(SWT.MouseVerticalWheel, e);
        assertTrue(v.scale() > scale);
        assertEquals(wx, v.worldX(300), 1e-6);
        assertEquals(wy, v.worldY(200), 1e-6);
        Event key = new Event();
        key.character = '0';
        canvas.notifyListeners(SWT.KeyDown, key);
        assertEquals(scale, v.scale(), 1e-9);
        key.character = '+';
        canvas.notifyListeners(SWT.KeyDown, key);
        assertTrue(v.scale() > scale);
    }

    @Test
    void dragPansWithoutPicking() {
        canvas.setNetwork(Nets.snapshot(3, 30, 8, 2));
        waitUntilReady();
        Viewport v = canvas.getViewport();
        double x0 = v.offsetX();
        List<NetworkPick> picks = new ArrayList<>();
        canvas.addPickListener(picks::add);
        Point p = canvas.nodeLocation(1, 3);
        mouse(SWT.MouseDown, p.x, p.y, 1);
        mouse(SWT.MouseMove, p.x + 30, p.y, 0);
        mouse(SWT.MouseMove, p.x + 60, p.y + 10, 0);
        mouse(SWT.MouseUp, p.x + 60, p.y + 10, 1);
        assertEquals(x0 + 60, v.offsetX(), 1e-9);
        assertTrue(picks.isEmpty(), "a drag is not a click");
        assertFalse(v.isFitted());
    }

    @Test
    void aRegionSelectedElsewhereIsMarkedApartFromThePickAndRevealed() {
        canvas.setNetwork(NetworkSnapshot.of(Nets.network(90, 7, 4)));
        waitUntilReady();
        NetworkPick pick = NetworkPick.node(1, 2, "1:2");
        canvas.setSelection(pick, false);
        Point node = canvas.nodeLocation(0, 40);
        int before = teal(CanvasSnapshot.render(canvas), node);
        NetworkPick region = NetworkPick.node(0, 40, "Region_40");
        canvas.setRegionMark(region, true);
        assertEquals(region, canvas.getRegionMark());
        assertEquals(pick, canvas.getSelection(), "the mark leaves the pick alone");
        assertEquals(node, canvas.nodeLocation(0, 40), "a node in view is not moved");
        int after = teal(CanvasSnapshot.render(canvas), node);
        assertTrue(after > before + 20, "the mark is drawn around the node: " + before + " -> " + after);

        // zoomed in on the hidden layer, the region's node is off-screen: marking it brings it into view
        Point hidden = canvas.nodeLocation(1, 2);
        canvas.zoom(12, hidden.x, hidden.y);
        Point away = canvas.nodeLocation(0, 40);
        assertFalse(canvas.getClientArea().contains(away), "off-screen at " + away);
        double scale = canvas.getViewport().scale();
        canvas.setRegionMark(region, true);
        assertTrue(canvas.getClientArea().contains(canvas.nodeLocation(0, 40)), "revealed");
        assertEquals(scale, canvas.getViewport().scale(), "revealing pans, it does not zoom");
        canvas.setRegionMark(null, false);
        assertEquals(null, canvas.getRegionMark());
        assertEquals(pick, canvas.getSelection());
    }

    /** How many teal pixels (the region mark's colour) are within 14 pixels of {@code p}. */
    private static int teal(ImageData image, Point p) {
        int n = 0;
        for (int x = p.x - 14; x <= p.x + 14; x++) {
            for (int y = p.y - 14; y <= p.y + 14; y++) {
                if (x >= 0 && y >= 0 && x < image.width && y < image.height) {
                    RGB c = image.palette.getRGB(image.getPixel(x, y));
                    n += c.green > c.red + 50 && c.blue > c.red + 50 ? 1 : 0;
                }
            }
        }
        return n;
    }

    @Test
    void framesAndTheLargestNetworkStayFluid(@TempDir Path dir) throws Exception {
        shell.setSize(1400, 900);
        FrameBench bench = new FrameBench(canvas, 2, 20, 200);
        for (int[] sizes : new int[][] {{90, 4, 2}, {278, 512, 3}, {278, 1024, 1024, 3}}) {
            NetworkSnapshot net = Nets.snapshot(5, sizes);
            UiStallWatch watch = UiStallWatch.start(display);
            FrameBench.Result r;
            try {
                r = bench.measure(Arrays.toString(sizes), net, NetworkDisplaySettings.DEFAULT, 1, null);
            } finally {
                watch.close();
            }
            System.out.printf("frame %s: %d edges drawn of %d, ready in %.0f ms, median drag %.1f ms, wheel %.1f ms, "
                    + "full pan %.1f ms, full zoom %.1f ms, repaint %.1f ms, picks node/edge %.3f/%.3f ms; %s%n",
                    r.network(), r.drawn(), r.edges(), r.readyMillis(), r.drag().median(), r.wheel().median(),
                    r.pan().median(), r.zoom().median(), r.repaint().median(), r.pickNode().median(),
                    r.pickEdge().median(), watch);
            assertNull(watch.violation(200), r.network());
            assertEquals(200, r.nodeHits(), "node centres pick their nodes");
            assertEquals(200, r.edgeHits(), "points on drawn edges pick edges");
            assertTrue(r.pickNode().median() < 10 && r.pickEdge().median() < 10, "picking under 10 ms");
        }
        canvas.fit();
        untilPainted();
        save(dir, "network-canvas-large.png", false);
    }

    /**
     * Pumps events until the canvas is idle and has painted; returns why the UI thread counts as frozen for 200 ms
     * or more meanwhile, or null (see {@link UiStallWatch}).
     */
    private String waitUntilReady() {
        UiStallWatch watch = UiStallWatch.start(display);
        try {
            long end = System.currentTimeMillis() + 60_000;
            while ((canvas.isBusy() || canvas.getScene() == null) && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            assertFalse(canvas.isBusy(), "the scene is ready in time");
            canvas.redraw();
            untilPainted();
            watch.close();
            System.out.println("canvas ready: " + watch);
            return watch.violation(200);
        } finally {
            watch.close();
        }
    }

    /** Pumps events until the canvas has painted once; returns how long that took in milliseconds. */
    private long untilPainted() {
        int[] painted = {0};
        org.eclipse.swt.widgets.Listener l = e -> painted[0]++;
        canvas.addListener(SWT.Paint, l);
        long t0 = System.nanoTime();
        long end = System.currentTimeMillis() + 10_000;
        try {
            while (painted[0] == 0 && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            canvas.removeListener(SWT.Paint, l);
        }
        assertTrue(painted[0] > 0, "the canvas painted");
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void click(int x, int y) {
        mouse(SWT.MouseDown, x, y, 1);
        mouse(SWT.MouseUp, x, y, 1);
    }

    private void mouse(int type, int x, int y, int button) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        canvas.notifyListeners(type, e);
    }

    /** How far from white (0..765) a colour is. */
    private static int ink(RGB c) {
        return 765 - c.red - c.green - c.blue;
    }

    /** The pixel on edge {@code s -> t} of pair 1 at the place along it farthest from the pair's other edges. */
    private static RGB pixelAlone(ImageData image, Viewport v, GraphLayout l, int s, int t) {
        double bestGap = -1;
        double[] best = null;
        for (double u = 0.15; u <= 0.85; u += 0.01) {
            double x = v.screenX(l.x(1) + u * (l.x(2) - l.x(1)));
            double y = v.screenY(l.y(1, s) + u * (l.y(2, t) - l.y(1, s)));
            double gap = Double.POSITIVE_INFINITY;
            for (int os = 0; os < l.size(1); os++) {
                for (int ot = 0; ot < l.size(2); ot++) {
                    if (os != s || ot != t) {
                        gap = Math.min(gap, distance(x, y, v.screenX(l.x(1)), v.screenY(l.y(1, os)), v.screenX(l.x(2)),
                                v.screenY(l.y(2, ot))));
                    }
                }
            }
            if (gap > bestGap) {
                bestGap = gap;
                best = new double[] {x, y};
            }
        }
        assertTrue(bestGap > 3, "the edge has a free stretch");
        // the darkest pixel around: a thin line may cover the nearest pixel only in part
        RGB darkest = new RGB(255, 255, 255);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                RGB c = image.palette.getRGB(image.getPixel((int) Math.round(best[0]) + dx, (int) Math.round(best[1]) + dy));
                darkest = ink(c) > ink(darkest) ? c : darkest;
            }
        }
        return darkest;
    }

    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double u = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(px - (ax + u * dx), py - (ay + u * dy));
    }

    private static RGB rgb(int rgb) {
        return new RGB(ColorMap.red(rgb), ColorMap.green(rgb), ColorMap.blue(rgb));
    }

    private static double[] input(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i * 0.37) * 1.5;
        }
        return x;
    }

    /** Saves the canvas picture (into docs/images when {@code forDocs} and glia.root is set) and keeps a copy in tmp. */
    private void save(Path dir, String name, boolean forDocs) throws Exception {
        Path docs = forDocs ? CanvasSnapshot.docsImage(name) : null;
        Path file = CanvasSnapshot.savePng(CanvasSnapshot.render(canvas), docs != null ? docs : dir.resolve(name));
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), name);
        Files.copy(file, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("screenshot: " + keep);
        assertTrue(Files.size(file) > 5_000);
    }
}
