package org.glia.ui.brain.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.render.BrainScene;

/**
 * The colour bar beside the brain, drawn with SWT: what the colours show on top (a difference map's "A − B" on
 * two lines), the colour map from low (bottom) to high with five numbered ticks, the threshold as a line, and
 * the map's and mapping's names.
 */
public final class ColorBarLegend extends Canvas {

    private static final int TICKS = 5;
    private static final int WIDTH = 140;

    private BrainScene scene;
    private String title = "";

    /** Creates the legend. */
    public ColorBarLegend(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
    }

    /** Shows the colour map and mapping of {@code s} under {@code heading} (null scene: blank). */
    public void show(BrainScene s, String heading) {
        scene = s;
        title = heading == null ? "" : heading;
        setToolTipText(title.isEmpty() ? null : title);
        redraw();
    }

    /** The heading shown. */
    public String title() {
        return title;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? WIDTH : wHint, hHint == SWT.DEFAULT ? 200 : hHint);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (scene == null) {
            return;
        }
        int line = gc.getFontMetrics().getHeight();
        int pad = Math.max(4, line / 3);
        int x = area.x + pad;
        String[] heading = lines(title);
        int top = area.y + pad + (heading.length + 1) * line;
        int bottom = area.y + area.height - pad - 2 * line;
        int barW = Math.max(10, line);
        Color ink = getDisplay().getSystemColor(SWT.COLOR_BLACK);
        gc.setForeground(ink);
        for (int i = 0; i < heading.length; i++) {
            drawClipped(gc, heading[i], x, area.y + pad + i * line, area.width - 2 * pad);
        }
        if (bottom - top < 2 * line) {
            return;
        }
        ColorMap map = scene.colorMap();
        ValueMapping mapping = scene.mapping();
        int h = bottom - top;
        for (int row = 0; row < h; row++) {
            double t = 1 - (double) row / (h - 1);
            int rgb = map.rgb(t);
            Color c = new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
            gc.setForeground(c);
            gc.drawLine(x, top + row, x + barW - 1, top + row);
        }
        gc.setForeground(ink);
        gc.drawRectangle(x - 1, top - 1, barW + 1, h + 1);
        for (int i = 0; i < TICKS; i++) {
            double t = (double) i / (TICKS - 1);
            int y = top + (int) Math.round((1 - t) * (h - 1));
            double value = map.diverging() ? mapping.inverseSigned(t) : mapping.inverse(t);
            gc.drawLine(x + barW, y, x + barW + 4, y);
            gc.drawString(Numbers.format(value), x + barW + 7, y - line / 2, true);
        }
        double threshold = scene.threshold();
        if (!Double.isNaN(threshold)) {
            double t = scene.position(threshold);
            int y = top + (int) Math.round((1 - t) * (h - 1));
            gc.setLineWidth(2);
            gc.drawLine(x - 3, y, x + barW + 3, y);
            gc.setLineWidth(1);
        }
        drawClipped(gc, map.name(), x, bottom + pad, area.width - 2 * pad);
        drawClipped(gc, mapping.label(), x, bottom + pad + line, area.width - 2 * pad);
    }

    /**
     * The heading "Node 1:2 · subject sub-01" on one line per part, and a difference "A − B" with B on a line of
     * its own, so a narrow bar keeps it readable.
     */
    public static String[] lines(String heading) {
        return heading.replace(" \u2212 ", "\n\u2212 ").split(" \u00b7 |\n");
    }

    private static void drawClipped(GC gc, String text, int x, int y, int width) {
        String s = text;
        while (s.length() > 1 && gc.textExtent(s).x > width) {
            s = s.substring(0, s.length() - 2) + "…";
        }
        gc.drawString(s, x, y, true);
    }
}
