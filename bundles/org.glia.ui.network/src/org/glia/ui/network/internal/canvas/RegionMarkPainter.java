package org.glia.ui.network.internal.canvas;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.Viewport;

/**
 * Paints the input node of the region selected in another view (brain, region table, heatmap): a teal halo and
 * double ring, unlike the orange ring of the editor's own pick, and a tag in the top-right corner naming it.
 */
final class RegionMarkPainter {

    /** Colour of the region mark. */
    static final int MARK = 0x009E9E;
    /** Radius of the halo around the node, in pixels beyond the node's own radius. */
    static final int HALO = 9;

    void paint(GC gc, Scene scene, Viewport v, Rectangle area, NetworkPick mark) {
        GraphLayout l = scene.layout();
        int k = mark.layer();
        int x = (int) Math.round(v.screenX(l.x(k)));
        int y = (int) Math.round(v.screenY(l.y(k, mark.node())));
        double r = NodePainter.radius(l, k, v.scale());
        gc.setAntialias(SWT.ON);
        gc.setBackground(ScenePainter.color(MARK));
        gc.setAlpha(70);
        int halo = (int) Math.round(2 * (r + HALO));
        gc.fillOval(x - halo / 2, y - halo / 2, halo, halo);
        gc.setAlpha(255);
        NodePainter.paintNode(gc, scene, v, k, mark.node());
        gc.setForeground(ScenePainter.color(MARK));
        gc.setLineWidth(2);
        for (double ring : new double[] {r + 3, r + 6}) {
            int d = (int) Math.round(2 * ring);
            gc.drawOval(x - d / 2, y - d / 2, d, d);
        }
        gc.setLineWidth(1);
        String tag = NLS.bind(Messages.regionMark, mark.label(), mark.ref());
        Point size = gc.textExtent(tag);
        int tx = area.x + area.width - size.x - 16;
        gc.setBackground(ScenePainter.color(0xE0F4F4));
        gc.fillRectangle(tx - 5, 6, size.x + 10, size.y + 4);
        gc.drawRectangle(tx - 5, 6, size.x + 10, size.y + 4);
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        gc.drawText(tag, tx, 8, SWT.DRAW_TRANSPARENT);
    }
}
