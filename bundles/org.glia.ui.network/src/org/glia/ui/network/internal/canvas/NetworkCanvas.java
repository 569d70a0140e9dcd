package org.glia.ui.network.internal.canvas;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.HitTester;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.NetworkSource;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.SceneRequest;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * The network drawing: layers as columns, weighted edges, nodes coloured by activation, labels, legend, the
 * picked node or edge and the mark of a region selected elsewhere; zoom (wheel around the cursor, {@code + - 0}), pan (drag, arrow keys) and picking (click).
 * <p>
 * Scenes are prepared on a background thread and installed with {@code asyncExec}, so a large network never
 * blocks the UI thread for long; the picture is painted into an off-screen image that is reused until the view,
 * the scene or the size changes (selection changes only repaint the overlay).
 */
public final class NetworkCanvas extends Canvas {

    /** Pick tolerance around edges, in pixels. */
    public static final double TOLERANCE = 4;
    /**
     * Painting the full picture slower than this makes the frames drawn while the user drags or zooms skip the weak
     * edges: getting a picture to the screen adds about 17 ms at 1280x800 under Xvfb, so a slower paint would drop
     * below 20 frames per second (measured by {@code ./glia bench network}).
     */
    static final long SLOW_FRAME_MS = 25;
    /** Room left free around the fitted drawing for labels; the legend's height is added at the bottom. */
    private static final Viewport.Insets INSETS = new Viewport.Insets(130, 40, 100, 20);
    /** A node closer than this to the canvas border counts as out of view for {@link #reveal}. */
    private static final int REVEAL_MARGIN = 30;

    private final Viewport viewport = new Viewport();
    private final ScenePainter painter = new ScenePainter();
    private final LegendPainter legend = new LegendPainter();
    private final SelectionPainter selectionPainter = new SelectionPainter();
    private final RegionMarkPainter markPainter = new RegionMarkPainter();
    private final ListenerList<Consumer<NetworkPick>> pickListeners = new ListenerList<>();
    private final SceneScheduler scheduler;
    private final CanvasInteraction interaction;

    private SceneRequest request = new SceneRequest(null, null, NetworkDisplaySettings.DEFAULT, null, null);
    private Scene scene;
    private EdgePaths paths;
    private HitTester hitTester;
    private String message = "";
    private NetworkPick selection;
    private NetworkPick regionMark;
    private boolean revealPending;
    private Image buffer;
    private boolean bufferValid;
    private boolean viewSet;
    private double[] pendingView;
    private long lastFrameNanos;
    private long lastFullFrameNanos;
    private long installed;

    /** Creates the canvas; it shows nothing until {@link #setNetwork} or {@link #setMessage}. */
    public NetworkCanvas(Composite parent, int style) {
        super(parent, style | SWT.NO_BACKGROUND);
        interaction = new CanvasInteraction(this);
        scheduler = new SceneScheduler(getDisplay(), new SceneScheduler.Receiver() {
            @Override
            public void scene(Scene s, long generation) {
                install(s, generation);
            }

            @Override
            public void failed(String reason, long generation) {
                install(null, generation);
                setMessage(NLS.bind(Messages.cannotShow, reason));
            }

            @Override
            public boolean isAlive() {
                return !isDisposed();
            }
        });
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> {
            if (viewport.isFitted()) {
                viewSet = false; // keep the whole network in view until the user zooms or pans
            }
            invalidate();
        });
        addListener(SWT.Dispose, e -> disposeResources());
    }

    /** Shows {@code text} instead of a network (loading, errors). */
    public void setMessage(String text) {
        checkWidget();
        message = text == null ? "" : text;
        if (scene == null) {
            redraw();
        }
    }

    /** Draws {@code network} (null: nothing); the scene is prepared in the background. */
    public void setNetwork(NetworkSnapshot network) {
        checkWidget();
        request = request.withNetwork(network);
        rebuild();
    }

    /** Draws a captured network; its copy and the scene are prepared in the background. */
    public void setNetwork(NetworkSource source) {
        checkWidget();
        request = request.withSource(source);
        rebuild();
    }

    /** Changes how the network is drawn. */
    public void setSettings(NetworkDisplaySettings settings) {
        checkWidget();
        request = request.withSettings(Objects.requireNonNull(settings));
        rebuild();
    }

    /** The current settings. */
    public NetworkDisplaySettings getSettings() {
        return request.settings();
    }

    /** Colours nodes by the activations of subject {@code name} for standardised input {@code input} (null: none). */
    public void setSubject(String name, double[] input) {
        checkWidget();
        request = request.withSubject(name, input == null ? null : input.clone());
        rebuild();
    }

    /** The scene on screen, or null while none is ready. */
    public Scene getScene() {
        return scene;
    }

    /** True while the latest request is being prepared (scene in the background, then its paths). */
    public boolean isBusy() {
        return !scheduler.isCurrent(installed) || (paths != null && !paths.isComplete());
    }

    private void rebuild() {
        if (!request.hasNetwork()) {
            install(null, scheduler.next());
            return;
        }
        if (scene == null) {
            message = Messages.preparing;
            redraw();
        }
        scheduler.submit(request);
    }

    private void install(Scene s, long g) {
        if (paths != null) {
            paths.dispose();
            paths = null;
        }
        scene = s;
        hitTester = s == null ? null : new HitTester(s);
        if (s != null && request.network() == null) {
            request = request.withNetwork(s.network()); // later settings changes reuse the copy
        }
        installed = g;
        if (s != null) {
            paths = new EdgePaths(getDisplay(), s.batches());
            buildPaths(g);
            refreshSelection();
            refreshRegionMark();
        }
        invalidate();
    }

    /** Makes the native edge paths in slices of at most 50 ms, repainting between slices. */
    private void buildPaths(long g) {
        if (paths == null || !scheduler.isCurrent(g)) {
            return;
        }
        if (!paths.build(50)) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    buildPaths(g);
                }
            });
        }
        invalidate();
    }

    /** After a new scene: the picked node or edge still exists (with its new weight) or the pick is dropped. */
    private void refreshSelection() {
        if (selection == null) {
            return;
        }
        NetworkSnapshot n = scene.network();
        NetworkPick fresh = null;
        if (selection.isNode() && n.hasNode(selection.layer(), selection.node())) {
            fresh = NetworkPick.node(selection.layer(), selection.node(), n.label(selection.layer(), selection.node()));
        } else if (selection.isEdge() && n.hasNode(selection.layer(), selection.node())
                && n.hasNode(selection.layer() + 1, selection.target())) {
            fresh = NetworkPick.edge(selection.layer(), selection.node(), selection.target(),
                    n.weight(selection.layer(), selection.node(), selection.target()));
        }
        if (!Objects.equals(fresh, selection)) {
            setSelection(fresh, true);
        }
    }

    /** After a new scene: the marked node still exists (with its current label) or the mark is dropped. */
    private void refreshRegionMark() {
        if (regionMark == null) {
            return;
        }
        NetworkSnapshot n = scene.network();
        regionMark = n.hasNode(regionMark.layer(), regionMark.node())
                ? NetworkPick.node(regionMark.layer(), regionMark.node(), regionMark.label()) : null;
        if (regionMark != null && revealPending) {
            revealPending = false;
            reveal(regionMark.layer(), regionMark.node());
        }
    }

    /** Forgets the off-screen picture and repaints. */
    void invalidate() {
        bufferValid = false;
        if (!isDisposed()) {
            redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        if (scene == null) {
            paintMessage(gc, area);
            return;
        }
        ensureView(area);
        if (buffer == null || !buffer.getBounds().equals(new Rectangle(0, 0, area.width, area.height))) {
            if (buffer != null) {
                buffer.dispose();
            }
            buffer = new Image(getDisplay(), area.width, area.height);
            bufferValid = false;
        }
        if (!bufferValid) {
            long t0 = System.nanoTime();
            GC bg = new GC(buffer);
            boolean quick = false;
            try {
                bg.setFont(getFont());
                // few edges cost little to draw: leaving half out would only make them flicker
                quick = interaction.isActive() && lastFullFrameNanos > SLOW_FRAME_MS * 1_000_000
                        && scene.edges().drawn() > ScenePainter.ANTIALIAS_LIMIT;
                painter.paint(bg, scene, paths, viewport, new Rectangle(0, 0, area.width, area.height), quick);
                legend.paint(bg, scene, new Rectangle(0, 0, area.width, area.height));
                if (quick) {
                    interaction.scheduleFullFrame();
                }
            } finally {
                bg.dispose();
            }
            lastFrameNanos = System.nanoTime() - t0;
            if (!quick) {
                lastFullFrameNanos = lastFrameNanos;
            }
            bufferValid = true;
        }
        gc.drawImage(buffer, 0, 0);
        paintOverlay(gc, new Rectangle(0, 0, area.width, area.height));
    }

    /** The region mark, then the pick on top of it. */
    private void paintOverlay(GC gc, Rectangle area) {
        if (regionMark != null && scene.network().hasNode(regionMark.layer(), regionMark.node())) {
            markPainter.paint(gc, scene, viewport, area, regionMark);
        }
        if (selection != null) {
            selectionPainter.paint(gc, scene, viewport, selection);
        }
    }

    /**
     * Paints the whole picture (scene, legend, selection) on {@code gc} over {@code area}: for screenshots, whatever
     * is on screen.
     */
    public void paintPicture(GC gc, Rectangle area) {
        checkWidget();
        if (scene == null) {
            paintMessage(gc, area);
            return;
        }
        ensureView(area);
        gc.setFont(getFont());
        painter.paint(gc, scene, paths, viewport, area, false);
        legend.paint(gc, scene, area);
        paintOverlay(gc, area);
    }

    private void paintMessage(GC gc, Rectangle area) {
        gc.setBackground(ScenePainter.color(ScenePainter.BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        Point size = gc.textExtent(message, SWT.DRAW_DELIMITER | SWT.DRAW_TAB);
        gc.drawText(message, Math.max(8, (area.width - size.x) / 2), Math.max(8, (area.height - size.y) / 2),
                SWT.DRAW_DELIMITER | SWT.DRAW_TAB | SWT.DRAW_TRANSPARENT);
    }

    /** Fits the drawing on the first paint, after a resize while fitted, or applies a restored view. */
    private void ensureView(Rectangle area) {
        if (viewSet || area.width <= 0 || area.height <= 0) {
            return;
        }
        fitTo(area);
        if (pendingView != null) {
            viewport.set(pendingView[0], pendingView[1], pendingView[2]);
            pendingView = null;
        }
        viewSet = true;
    }

    private void fitTo(Rectangle area) {
        GraphLayout l = scene.layout();
        GC gc = new GC(this);
        int line = gc.getFontMetrics().getHeight();
        gc.dispose();
        Viewport.Insets i = new Viewport.Insets(INSETS.left(), INSETS.top(), INSETS.right(),
                LegendPainter.height(line) + 12);
        viewport.fit(l.width(), l.height(), area.width, area.height, i);
    }

    /** Fits the whole network into the canvas. */
    public void fit() {
        checkWidget();
        if (scene != null) {
            fitTo(getClientArea());
            viewSet = true;
            invalidate();
        }
    }

    /** Zooms by {@code factor} around canvas point {@code (x, y)}. */
    public void zoom(double factor, int x, int y) {
        checkWidget();
        if (scene != null) {
            ensureView(getClientArea()); // zoom from the fitted view even before the first paint
        }
        viewport.zoomAt(factor, x, y);
        viewSet = true;
        invalidate();
    }

    /** Moves the drawing by {@code (dx, dy)} pixels. */
    public void pan(int dx, int dy) {
        checkWidget();
        if (scene != null) {
            ensureView(getClientArea());
        }
        viewport.pan(dx, dy);
        viewSet = true;
        invalidate();
    }

    /** The world-to-screen mapping (read it; change it through the canvas). */
    public Viewport getViewport() {
        if (scene != null) {
            ensureView(getClientArea());
        }
        return viewport;
    }

    /** Applies a saved view (scale, offset x, offset y) once the network is drawn. */
    public void restoreView(double scale, double offsetX, double offsetY) {
        checkWidget();
        pendingView = new double[] {scale, offsetX, offsetY};
        viewSet = false;
        invalidate();
    }

    /** The node or drawn edge at canvas point {@code (x, y)}, or null. */
    public NetworkPick pickAt(int x, int y) {
        checkWidget();
        if (hitTester == null) {
            return null;
        }
        ensureView(getClientArea());
        GraphLayout l = scene.layout();
        double wx = viewport.worldX(x);
        int column = (int) Math.max(0, Math.min(l.layers() - 1, Math.round(wx / GraphLayout.COLUMN_GAP)));
        double radius = NodePainter.radius(l, column, viewport.scale()) + 1;
        return hitTester.pick(wx, viewport.worldY(y), viewport.scale(), radius, TOLERANCE);
    }

    /** Where node {@code node} of {@code layer} is drawn, in canvas pixels (null before the first scene). */
    public Point nodeLocation(int layer, int node) {
        checkWidget();
        if (scene == null) {
            return null;
        }
        ensureView(getClientArea());
        GraphLayout l = scene.layout();
        return new Point((int) Math.round(viewport.screenX(l.x(layer))), (int) Math.round(viewport.screenY(l.y(layer, node))));
    }

    /** The picked node or edge, or null. */
    public NetworkPick getSelection() {
        return selection;
    }

    /** Picks {@code pick} (null: nothing); listeners hear of it when {@code notify}. */
    public void setSelection(NetworkPick pick, boolean notify) {
        checkWidget();
        selection = pick;
        redraw();
        if (notify) {
            for (Consumer<NetworkPick> l : pickListeners) {
                l.accept(pick);
            }
        }
    }

    /**
     * Marks a node as the one standing for a region selected in another view, drawn apart from the pick (which it
     * does not change); null removes the mark.
     *
     * @param reveal whether to pan the node into view if it is off-screen (once the network is drawn)
     */
    public void setRegionMark(NetworkPick node, boolean reveal) {
        checkWidget();
        NetworkPick mark = node != null && node.isNode() ? node : null;
        // a reveal still waiting for the scene stays wanted while the same node is marked again
        revealPending = revealPending && mark != null && mark.equals(regionMark);
        regionMark = mark;
        if (regionMark != null && reveal) {
            if (scene != null && scene.network().hasNode(node.layer(), node.node())) {
                reveal(node.layer(), node.node());
            } else {
                revealPending = true;
            }
        }
        redraw();
    }

    /** The node marked for a region selected elsewhere, or null. */
    public NetworkPick getRegionMark() {
        return regionMark;
    }

    /**
     * Pans (keeping the zoom) so that node {@code node} of {@code layer} is in view, at the centre, unless it is in
     * view already.
     *
     * @return true when the view moved
     */
    public boolean reveal(int layer, int node) {
        checkWidget();
        Rectangle area = getClientArea();
        Point p = nodeLocation(layer, node);
        if (p == null || area.width <= 0 || area.height <= 0) {
            return false;
        }
        int margin = Math.min(REVEAL_MARGIN, Math.min(area.width, area.height) / 4);
        if (p.x >= margin && p.x < area.width - margin && p.y >= margin && p.y < area.height - margin) {
            return false;
        }
        pan(area.width / 2 - p.x, area.height / 2 - p.y);
        return true;
    }

    /** Hears of every pick made by the user (null when the user clicked on empty space). */
    public void addPickListener(Consumer<NetworkPick> listener) {
        pickListeners.add(listener);
    }

    /** Stops telling {@code listener} of picks. */
    public void removePickListener(Consumer<NetworkPick> listener) {
        pickListeners.remove(listener);
    }

    /** How long painting the last full picture took, in milliseconds. */
    public double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }

    private void disposeResources() {
        scheduler.dispose();
        if (paths != null) {
            paths.dispose();
        }
        if (buffer != null) {
            buffer.dispose();
        }
    }
}
