package org.glia.ui.network.internal.canvas;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.ui.network.internal.Messages;
import org.glia.ui.network.internal.graph.DrawnEdges;
import org.glia.ui.network.internal.graph.EdgeStyle;
import org.glia.ui.network.internal.graph.Scene;

/**
 * Paints the legend in the bottom-left corner: the edge colour and opacity bar with its weight range and
 * mapping, the node activation bar (or a hint to pick a subject) and how many edges are drawn.
 */
final class LegendPainter {

    /** Width of a colour bar in pixels. */
    static final int BAR = 180;
    /** Height of a colour bar in pixels. */
    static final int BAR_HEIGHT = 10;
    private static final int PAD = 6;

    /** The height the legend takes, for the viewport's insets. */
    static int height(int line) {
        return 5 * line + 2 * BAR_HEIGHT + 3 * PAD;
    }

    void paint(GC gc, Scene scene, Rectangle area) {
        int line = gc.getFontMetrics().getHeight();
        EdgeStyle style = scene.style();
        ValueMapping m = style.mapping(0);
        boolean diverging = style.colorMap().diverging();
        String edges = style.isPerPair() ? NLS.bind(diverging ? Messages.legendEdgesPerPair
                : Messages.legendEdgesPerPairSequential, largest(scene))
                : NLS.bind(diverging ? Messages.legendEdges : Messages.legendEdgesSequential,
                        new Object[] {m.label(), number(m.min()), number(m.max())});
        String nodes = scene.activity() == null ? Messages.legendNoSubject
                : NLS.bind(Messages.legendNodes, scene.activity().subject());
        DrawnEdges d = scene.edges();
        String count = d.isReduced()
                ? NLS.bind(Messages.legendReduced, new Object[] {grouped(d.drawn()), grouped(d.total()), d.perNode()})
                : NLS.bind(Messages.legendAll, grouped(d.total()));
        int width = Math.max(BAR + 2 * PAD, Math.max(gc.textExtent(edges).x, Math.max(gc.textExtent(nodes).x,
                gc.textExtent(count).x)) + 2 * PAD);
        int h = height(line) - (scene.activity() == null ? BAR_HEIGHT + line : 0);
        int x = area.x + PAD;
        int y = area.y + area.height - h - PAD;
        gc.setAlpha(225);
        gc.setBackground(ScenePainter.color(ScenePainter.BACKGROUND));
        gc.fillRectangle(x, y, width, h);
        gc.setAlpha(255);
        gc.setForeground(ScenePainter.color(0xB0B0B0));
        gc.drawRectangle(x, y, width, h);
        int cx = x + PAD;
        int cy = y + PAD / 2;
        text(gc, edges, cx, cy);
        cy += line;
        edgeBar(gc, style, cx, cy);
        cy += BAR_HEIGHT + 1;
        String max = style.isPerPair() ? Messages.legendLargest : number(m.max());
        if (diverging) {
            ticks(gc, cx, cy, "\u2212" + max, "0", "+" + max);
        } else {
            ticks(gc, cx, cy, style.isPerPair() ? "0" : number(m.min()), "", max);
        }
        cy += line + PAD / 2;
        text(gc, nodes, cx, cy);
        cy += line;
        if (scene.activity() != null) {
            nodeBar(gc, scene, cx, cy);
            cy += BAR_HEIGHT + 1;
            ticks(gc, cx, cy, Messages.legendLow, "", Messages.legendHigh);
            cy += line;
        }
        text(gc, count, cx, cy + PAD / 2);
    }

    private static void edgeBar(GC gc, EdgeStyle style, int x, int y) {
        boolean diverging = style.colorMap().diverging();
        for (int i = 0; i < BAR; i++) {
            double t = i / (BAR - 1.0);
            double signed = diverging ? 2 * t - 1 : t;
            double intensity = Math.abs(signed);
            gc.setBackground(ScenePainter.color(style.colour(signed, intensity)));
            gc.setAlpha(EdgeStyle.alphaOf(intensity));
            gc.fillRectangle(x + i, y, 1, BAR_HEIGHT);
        }
        gc.setAlpha(255);
    }

    private static void nodeBar(GC gc, Scene scene, int x, int y) {
        ColorMap map = org.glia.core.color.ColorMaps.find(scene.settings().nodeColorMap())
                .orElseGet(org.glia.core.color.ColorMaps::defaultMap);
        for (int i = 0; i < BAR; i++) {
            gc.setBackground(ScenePainter.color(map.rgb(i / (BAR - 1.0))));
            gc.fillRectangle(x + i, y, 1, BAR_HEIGHT);
        }
    }

    private static void ticks(GC gc, int x, int y, String left, String middle, String right) {
        text(gc, left, x, y);
        text(gc, middle, x + BAR / 2 - gc.textExtent(middle).x / 2, y);
        text(gc, right, x + BAR - gc.textExtent(right).x, y);
    }

    private static void text(GC gc, String s, int x, int y) {
        gc.setForeground(ScenePainter.color(ScenePainter.INK));
        gc.drawText(s, x, y, SWT.DRAW_TRANSPARENT);
    }

    /** The largest |weight| of each layer pair, input side first, e.g. "0.260 · 0.885". */
    private static String largest(Scene scene) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p + 1 < scene.network().layers(); p++) {
            sb.append(p == 0 ? "" : " \u00b7 ").append(number(scene.style().mapping(p).max()));
        }
        return sb.toString();
    }

    /** A weight for the legend: three significant digits. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
