package org.glia.ui.network.internal.canvas;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.graph.EdgeStyle;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * Paints the picked node (a ring, with all its incoming and outgoing edges fully opaque, drawn or not) or the
 * picked edge (thick, outlined), and a tag in the top-left corner naming it.
 */
final class SelectionPainter {

    /** Ring and outline colour of the selection. */
    static final int HIGHLIGHT = 0xFF8C00;

    void paint(GC gc, Scene scene, Viewport v, NetworkPick pick) {
        gc.setAntialias(SWT.ON);
        gc.setAlpha(255);
        if (pick.isNode()) {
            paintNode(gc, scene, v, pick.layer(), pick.node());
        } else {
            paintEdge(gc, scene, v, pick);
        }
        String tag = describe(scene, pick);
        Point size = gc.textExtent(tag);
        gc.setBackground(ScenePainter.color(0xFFF4E0));
        gc.fillRectangle(6, 6, size.x + 10, size.y + 4);
        gc.setForeground(ScenePainter.color(HIGHLIGHT));
        gc.drawRectangle(6, 6, size.x + 10, size.y + 4);
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        gc.drawText(tag, 11, 8, SWT.DRAW_TRANSPARENT);
    }

    /** The tag text: the node with its label and activation, or the edge with its weight. */
    static String describe(Scene scene, NetworkPick pick) {
        if (pick.isEdge()) {
            return NLS.bind(Messages.pickedEdge, pick.ref(), LegendPainter.number(pick.weight()));
        }
        StringBuilder sb = new StringBuilder(pick.ref());
        if (!pick.label().equals(pick.ref())) {
            sb.append(" (").append(pick.label()).append(')');
        }
        if (scene.activity() != null) {
            sb.append("   ").append(NLS.bind(Messages.pickedActivation,
                    LegendPainter.number(scene.activity().activation(pick.layer(), pick.node()))));
        }
        return NLS.bind(Messages.pickedNode, sb);
    }

    private static void paintNode(GC gc, Scene scene, Viewport v, int k, int i) {
        GraphLayout l = scene.layout();
        NetworkSnapshot n = scene.network();
        EdgeStyle style = scene.style();
        gc.setLineWidth(2);
        if (k > 0) {
            for (int s = 0; s < l.size(k - 1); s++) {
                line(gc, v, style, k - 1, n.weight(k - 1, s, i), l.x(k - 1), l.y(k - 1, s), l.x(k), l.y(k, i));
            }
        }
        if (k + 1 < l.layers()) {
            for (int t = 0; t < l.size(k + 1); t++) {
                line(gc, v, style, k, n.weight(k, i, t), l.x(k), l.y(k, i), l.x(k + 1), l.y(k + 1, t));
            }
        }
        // the highlighted edges end at the neighbours' centres: put those nodes back on top
        for (int j = 0; k > 0 && j < l.size(k - 1); j++) {
            NodePainter.paintNode(gc, scene, v, k - 1, j);
        }
        for (int j = 0; k + 1 < l.layers() && j < l.size(k + 1); j++) {
            NodePainter.paintNode(gc, scene, v, k + 1, j);
        }
        NodePainter.paintNode(gc, scene, v, k, i);
        ring(gc, v, l.x(k), l.y(k, i), NodePainter.radius(l, k, v.scale()) + 3);
    }

    private static void paintEdge(GC gc, Scene scene, Viewport v, NetworkPick pick) {
        GraphLayout l = scene.layout();
        int p = pick.layer();
        double x0 = l.x(p);
        double y0 = l.y(p, pick.node());
        double x1 = l.x(p + 1);
        double y1 = l.y(p + 1, pick.target());
        gc.setLineWidth(6);
        gc.setForeground(ScenePainter.color(HIGHLIGHT));
        gc.drawLine(sx(v, x0), sy(v, y0), sx(v, x1), sy(v, y1));
        gc.setLineWidth(3);
        gc.setForeground(ScenePainter.color(scene.style().rgb(p, pick.weight())));
        gc.drawLine(sx(v, x0), sy(v, y0), sx(v, x1), sy(v, y1));
        NodePainter.paintNode(gc, scene, v, p, pick.node());
        NodePainter.paintNode(gc, scene, v, p + 1, pick.target());
        ring(gc, v, x0, y0, NodePainter.radius(l, p, v.scale()) + 2);
        ring(gc, v, x1, y1, NodePainter.radius(l, p + 1, v.scale()) + 2);
    }

    private static void line(GC gc, Viewport v, EdgeStyle style, int pair, double w, double x0, double y0, double x1,
            double y1) {
        gc.setForeground(ScenePainter.color(style.rgb(pair, w)));
        gc.setAlpha(Math.max(120, style.alpha(pair, w)));
        gc.drawLine(sx(v, x0), sy(v, y0), sx(v, x1), sy(v, y1));
        gc.setAlpha(255);
    }

    private static void ring(GC gc, Viewport v, double x, double y, double r) {
        int d = (int) Math.round(2 * r);
        gc.setLineWidth(2);
        gc.setForeground(ScenePainter.color(HIGHLIGHT));
        gc.drawOval(sx(v, x) - d / 2, sy(v, y) - d / 2, d, d);
    }

    private static int sx(Viewport v, double x) {
        return (int) Math.round(v.screenX(x));
    }

    private static int sy(Viewport v, double y) {
        return (int) Math.round(v.screenY(y));
    }
}
