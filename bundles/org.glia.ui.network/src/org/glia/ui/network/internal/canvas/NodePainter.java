package org.glia.ui.network.internal.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.LabelPolicy;
import org.glia.ui.network.internal.graph.NodeActivity;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * Paints the nodes (discs, or a strip of ticks when a column is too dense for discs) in their activation colour,
 * and the labels that fit: region names left of the input column, {@code layer:index} beside hidden nodes, class
 * names right of the output column.
 */
final class NodePainter {

    /** Largest node radius in pixels. */
    static final double MAX_RADIUS = 9;

    /** The radius in pixels of the nodes of {@code layer} at the viewport's zoom. */
    static double radius(GraphLayout layout, int layer, double scale) {
        return Math.max(1, Math.min(MAX_RADIUS, layout.spacing(layer) * scale * 0.38));
    }

    void paint(GC gc, Scene scene, Viewport v, Rectangle area) {
        GraphLayout l = scene.layout();
        int line = gc.getFontMetrics().getHeight();
        for (int k = 0; k < l.layers(); k++) {
            int[] range = LabelPolicy.visible(l, k, v, area.height);
            if (range[0] > range[1]) {
                continue;
            }
            paintColumn(gc, scene, v, k, range);
            if (LabelPolicy.shows(l, k, v.scale(), line)) {
                paintLabels(gc, scene, v, k, range, line);
            }
        }
    }

    private static void paintColumn(GC gc, Scene scene, Viewport v, int k, int[] range) {
        GraphLayout l = scene.layout();
        NodeActivity activity = scene.activity();
        double r = radius(l, k, v.scale());
        int x = (int) Math.round(v.screenX(l.x(k)));
        boolean discs = r >= 2.5;
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        gc.setLineWidth(1);
        int step = (int) Math.max(1, Math.ceil(1 / (l.spacing(k) * v.scale())));
        for (int i = range[0]; i <= range[1]; i += step) {
            int y = (int) Math.round(v.screenY(l.y(k, i)));
            gc.setBackground(ScenePainter.color(activity == null ? ScenePainter.PLAIN_NODE : activity.rgb(k, i)));
            if (discs) {
                int d = (int) Math.round(2 * r);
                gc.fillOval(x - d / 2, y - d / 2, d, d);
                gc.drawOval(x - d / 2, y - d / 2, d, d);
            } else {
                int h = Math.max(1, (int) Math.round(l.spacing(k) * v.scale() * step));
                gc.fillRectangle(x - 3, y - h / 2, 6, h);
            }
        }
        if (!discs && activity == null) {
            gc.drawRectangle(x - 3, (int) v.screenY(l.top(k)), 6, (int) (l.bottom(k) * v.scale() - l.top(k) * v.scale()));
        }
    }

    /** Paints one node as {@link #paint} would (to put it back on top of highlighted edges). */
    static void paintNode(GC gc, Scene scene, Viewport v, int k, int i) {
        GraphLayout l = scene.layout();
        double r = radius(l, k, v.scale());
        if (r < 2.5) {
            return;
        }
        NodeActivity activity = scene.activity();
        int d = (int) Math.round(2 * r);
        int x = (int) Math.round(v.screenX(l.x(k)));
        int y = (int) Math.round(v.screenY(l.y(k, i)));
        gc.setLineWidth(1);
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        gc.setBackground(ScenePainter.color(activity == null ? ScenePainter.PLAIN_NODE : activity.rgb(k, i)));
        gc.fillOval(x - d / 2, y - d / 2, d, d);
        gc.drawOval(x - d / 2, y - d / 2, d, d);
    }

    private static void paintLabels(GC gc, Scene scene, Viewport v, int k, int[] range, int line) {
        GraphLayout l = scene.layout();
        double r = radius(l, k, v.scale());
        int x = (int) Math.round(v.screenX(l.x(k)));
        boolean first = k == 0;
        boolean last = k == l.layers() - 1;
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        for (int i = range[0]; i <= range[1]; i++) {
            String text = scene.network().label(k, i);
            Point size = gc.textExtent(text);
            int y = (int) Math.round(v.screenY(l.y(k, i))) - size.y / 2;
            int tx = first ? x - (int) r - 4 - size.x : x + (int) r + 4;
            if (!first && !last) {
                // hidden labels sit on the edges: a light backing keeps them readable
                gc.setAlpha(200);
                gc.setBackground(ScenePainter.color(ScenePainter.BACKGROUND));
                gc.fillRectangle(tx - 1, y, size.x + 2, Math.min(size.y, line));
                gc.setAlpha(255);
            }
            gc.drawText(text, tx, y, SWT.DRAW_TRANSPARENT);
        }
    }
}
