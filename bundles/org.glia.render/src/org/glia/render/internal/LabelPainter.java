package org.glia.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes region names next to anchor points (projected centroids) with a halo so they read on any colour;
 * a label that would cover an earlier one is moved up or down a line or two, or dropped.
 */
public final class LabelPainter {

    /** A label: its text and the pixel it refers to. */
    public record Label(String text, double x, double y) {
    }

    private LabelPainter() {
    }

    /** Draws the labels in order (earlier ones win space), kept inside {@code bounds}. */
    public static void paint(Graphics2D g, List<Label> labels, Rectangle bounds) {
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight();
        int dot = Math.max(3, line / 5);
        List<Rectangle> taken = new ArrayList<>();
        for (Label l : labels) {
            int ax = (int) Math.round(l.x());
            int ay = (int) Math.round(l.y());
            if (!bounds.contains(ax, ay)) {
                continue;
            }
            Rectangle box = place(l.text(), ax + dot + 2, ay, fm, bounds, taken);
            g.setColor(Color.WHITE);
            g.fillOval(ax - dot, ay - dot, 2 * dot, 2 * dot);
            g.setColor(Color.BLACK);
            g.drawOval(ax - dot, ay - dot, 2 * dot, 2 * dot);
            if (box == null) {
                continue;
            }
            taken.add(box);
            if (Math.abs(box.y + box.height / 2 - ay) > line / 2) {
                g.drawLine(ax, ay, box.x, box.y + box.height / 2);
            }
            halo(g, l.text(), box.x, box.y + fm.getAscent());
        }
    }

    private static Rectangle place(String text, int x, int y, FontMetrics fm, Rectangle bounds, List<Rectangle> taken) {
        int w = fm.stringWidth(text) + 4;
        int h = fm.getHeight();
        int left = Math.min(x, bounds.x + bounds.width - w);
        for (int shift : new int[] {0, -1, 1, -2, 2}) {
            Rectangle r = new Rectangle(Math.max(bounds.x, left), y - h / 2 + shift * h, w, h);
            if (bounds.contains(r) && taken.stream().noneMatch(r::intersects)) {
                return r;
            }
        }
        return null;
    }

    private static void halo(Graphics2D g, String text, int x, int baseline) {
        TextLayout layout = new TextLayout(text, g.getFont(), g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x + 2, baseline));
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke(Math.max(3f, g.getFont().getSize2D() / 5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(new Color(20, 20, 20));
        g.fill(outline);
        g.setStroke(new BasicStroke(1));
    }
}
