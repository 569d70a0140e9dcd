package org.glia.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.render.BrainScene;

/**
 * Draws a vertical colour bar: the value's name on top, the colour map from low (bottom) to high with five
 * numbered ticks (evenly spaced in colour, so a log or gamma mapping shows uneven numbers), the threshold
 * as a line, and the map's and the mapping's names underneath.
 */
public final class ColorBarPainter {

    private static final int TICKS = 5;

    private ColorBarPainter() {
    }

    /** Paints into {@code strip} with the given text colour. */
    public static void paint(Graphics2D g, Rectangle strip, BrainScene scene, String valueName, Color ink) {
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight();
        int pad = Math.max(4, line / 3);
        int x = strip.x + pad;
        int top = strip.y + pad + (valueName.isBlank() ? 0 : line);
        int bottom = strip.y + strip.height - pad - 2 * line - fm.getDescent();
        int barW = Math.max(8, Math.min(strip.width / 5, line));
        if (bottom - top < 2 * line) {
            return;
        }
        g.setColor(ink);
        if (!valueName.isBlank()) {
            g.drawString(clip(valueName, fm, strip.width - pad), x, strip.y + pad + fm.getAscent());
        }
        ColorMap map = scene.colorMap();
        ValueMapping mapping = scene.mapping();
        int h = bottom - top;
        for (int row = 0; row < h; row++) {
            double t = 1 - (double) row / (h - 1);
            g.setColor(new Color(map.rgb(t)));
            g.fillRect(x, top + row, barW, 1);
        }
        g.setColor(ink);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x - 1, top - 1, barW + 1, h + 1);
        for (int i = 0; i < TICKS; i++) {
            double t = (double) i / (TICKS - 1);
            int y = top + (int) Math.round((1 - t) * (h - 1));
            double value = map.diverging() ? mapping.inverseSigned(t) : mapping.inverse(t);
            g.drawLine(x + barW, y, x + barW + pad / 2 + 2, y);
            g.drawString(NumberText.format(value), x + barW + pad, y + fm.getAscent() / 2 - 1);
        }
        paintThreshold(g, scene, x, top, barW, h);
        String kind = mapping.label();
        int textY = bottom + pad + fm.getAscent();
        g.setColor(ink);
        g.drawString(clip(map.name(), fm, strip.width - pad), x, textY);
        g.drawString(clip(kind, fm, strip.width - pad), x, textY + line);
    }

    private static void paintThreshold(Graphics2D g, BrainScene scene, int x, int top, int barW, int h) {
        double threshold = scene.threshold();
        if (Double.isNaN(threshold)) {
            return;
        }
        g.setStroke(new BasicStroke(2));
        double[] marks = scene.colorMap().diverging() ? new double[] {threshold, -threshold} : new double[] {threshold};
        for (double v : marks) {
            double t = scene.position(v);
            if (t > 0 && t < 1) {
                int y = top + (int) Math.round((1 - t) * (h - 1));
                g.setColor(Color.BLACK);
                g.drawLine(x - 3, y, x + barW + 3, y);
                g.setColor(Color.WHITE);
                g.drawLine(x - 3, y + 2, x + barW + 3, y + 2);
            }
        }
        g.setStroke(new BasicStroke(1));
    }

    /** The text, shortened with an ellipsis to fit {@code width}. */
    static String clip(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
