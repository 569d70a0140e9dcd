package org.glia.ui.network.internal.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.glia.ui.network.internal.graph.EdgeStyle;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.PairEdges;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * Paints a {@link Scene} through a {@link Viewport}: the bands of left-out edges, the edges by style bucket (weak
 * first, so strong edges stay on top), then the nodes and the node labels that fit.
 */
final class ScenePainter {

    /** Below this many drawn edges lines are antialiased. */
    static final long ANTIALIAS_LIMIT = 6_000;
    /** Fill of nodes when no subject colours them. */
    static final int PLAIN_NODE = 0xF4F4F4;
    /** Outline of nodes and text colour. */
    static final int INK = 0x303030;
    /** Background of the drawing. */
    static final int BACKGROUND = 0xFFFFFF;

    private final NodePainter nodes = new NodePainter();

    /**
     * Paints {@code scene} on {@code gc} over {@code area}.
     *
     * @param paths the scene's edge paths (possibly still incomplete)
     * @param quick true to skip the weakest half of the edges (while the user drags on a slow frame)
     */
    void paint(GC gc, Scene scene, EdgePaths paths, Viewport viewport, Rectangle area, boolean quick) {
        gc.setBackground(color(BACKGROUND));
        gc.fillRectangle(area);
        boolean smooth = scene.edges().drawn() <= ANTIALIAS_LIMIT;
        gc.setAntialias(smooth ? SWT.ON : SWT.OFF);
        paintBands(gc, scene, viewport);
        paintEdges(gc, scene.style(), paths, viewport, quick);
        gc.setAlpha(255);
        gc.setAntialias(SWT.ON);
        nodes.paint(gc, scene, viewport, area);
    }

    private static void paintBands(GC gc, Scene scene, Viewport v) {
        GraphLayout l = scene.layout();
        EdgeStyle style = scene.style();
        for (PairEdges pair : scene.edges().pairs()) {
            PairEdges.Omitted o = pair.omitted();
            if (o.count() == 0) {
                continue;
            }
            int p = pair.pair();
            double intensity = style.intensity(p, o.meanAbs());
            double signed = o.meanAbs() > 0 ? intensity * o.meanSigned() / o.meanAbs() : 0;
            gc.setBackground(color(style.colour(signed, intensity)));
            gc.setAlpha((int) Math.round(40 + 60 * intensity));
            int x0 = (int) Math.round(v.screenX(l.x(p)));
            int x1 = (int) Math.round(v.screenX(l.x(p + 1)));
            gc.fillPolygon(new int[] {x0, (int) v.screenY(l.top(p)), x1, (int) v.screenY(l.top(p + 1)), x1,
                    (int) v.screenY(l.bottom(p + 1)), x0, (int) v.screenY(l.bottom(p))});
        }
        gc.setAlpha(255);
    }

    /** Coverage (how many times the edges of a pair cover its strip) up to which opacity is not reduced. */
    static final double FULL_COVERAGE = 1;

    /**
     * The opacity factor of pair {@code p}: where the pair's edges would cover their strip more than
     * {@link #FULL_COVERAGE} times, each edge is made fainter in proportion, so dense pairs show the balance of
     * strong and weak, positive and negative, instead of a solid wall of the last colour drawn.
     */
    static double thinning(EdgePaths paths, int p, double scale) {
        double coverage = paths.batches().density(p) / scale;
        return coverage <= FULL_COVERAGE ? 1 : FULL_COVERAGE / coverage;
    }

    private static void paintEdges(GC gc, EdgeStyle style, EdgePaths paths, Viewport v, boolean quick) {
        Transform t = new Transform(gc.getDevice(), (float) v.scale(), 0, 0, (float) v.scale(), (float) v.offsetX(),
                (float) v.offsetY());
        try {
            gc.setTransform(t);
            // the stroke is in world units: one pixel wide whatever the zoom
            gc.setLineAttributes(new LineAttributes((float) (1 / v.scale())));
            int pairs = paths.batches().pairs();
            double[] thin = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                thin[p] = thinning(paths, p, v.scale());
            }
            for (int b : EdgePaths.paintOrder(style.buckets())) {
                if (quick && EdgeStyle.level(b) < EdgeStyle.LEVELS / 2) {
                    continue;
                }
                gc.setForeground(color(style.bucketRgb(b)));
                for (int p = 0; p < pairs; p++) {
                    int alpha = (int) Math.round(style.bucketAlpha(b) * thin[p]);
                    if (alpha < 1) {
                        continue; // thinned out of sight: not worth a stroke
                    }
                    gc.setAlpha(alpha);
                    for (Path path : paths.paths(p, b)) {
                        gc.drawPath(path);
                    }
                }
            }
        } finally {
            gc.setTransform(null);
            gc.setLineAttributes(new LineAttributes(1));
            t.dispose();
        }
    }

    /** An SWT colour of {@code 0xRRGGBB} (device-independent; needs no disposal). */
    static Color color(int rgb) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
