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
 * Writes region names next to anchor points (projected centroids), each marked by a ring, with a halo so they
 * read on any colour; a label that would cover an earlier one or another's ring is moved up or down a line or
 * two, or dropped.
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
        int dot = Math.max(4, line / 4);
        // Names never cover another label's ring, so every named region shows its colour at its anchor.
        List<Rectangle> rings = new ArrayList<>();
        for (Label l : labels) {
            int ax = (int) Math.round(l.x());
            int ay = (int) Math.round(l.y());
            rings.add(new Rectangle(ax - dot - 1, ay - dot - 1, 2 * dot + 3, 2 * dot + 3));
        }
        List<Rectangle> taken = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            int ax = (int) Math.round(l.x());
            int ay = (int) Math.round(l.y());
            if (!bounds.contains(ax, ay)) {
                continue;
            }
            List<Rectangle> avoid = new ArrayList<>(taken);
            for (int j = 0; j < rings.size(); j++) {
                if (j != i) {
                    avoid.add(rings.get(j));
                }
            }
            Rectangle box = place(l.text(), ax + dot + 3, ay, fm, bounds, avoid);
            ring(g, ax, ay, dot);
            if (box == null) {
                continue;
            }
            taken.add(box);
            if (Math.abs(box.y + box.height / 2 - ay) > line / 2) {
                leader(g, ax, ay, dot + 1, box.x, box.y + box.height / 2);
            }
            halo(g, l.text(), box.x, box.y + fm.getAscent());
        }
    }

    /** A ring around the anchor: the region's own colour stays visible at the point the label names. */
    private static void ring(Graphics2D g, int x, int y, int r) {
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.WHITE);
        g.drawOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.drawOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
    }

    /** A line from the ring's edge (not its centre, which shows the region) to the moved label. */
    private static void leader(Graphics2D g, int ax, int ay, int r, int bx, int by) {
        double d = Math.hypot(bx - ax, by - ay);
        if (d <= r) {
            return;
        }
        g.setColor(Color.BLACK);
        g.drawLine((int) Math.round(ax + (bx - ax) * r / d), (int) Math.round(ay + (by - ay) * r / d), bx, by);
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
