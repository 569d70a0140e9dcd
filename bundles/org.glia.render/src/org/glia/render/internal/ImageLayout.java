package org.glia.render.internal;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import org.glia.render.ImageOptions;

/**
 * Where the parts of an exported picture go: a title line on top, the brain, the colour bar in a strip on
 * the right and the legend's wrapped lines at the bottom; sizes grow with the picture.
 *
 * @param font        the text font
 * @param title       the title's box (empty height when there is none)
 * @param brain       the brain's box
 * @param bar         the colour bar strip (empty width when there is none)
 * @param legend      the legend's box
 * @param legendLines the legend wrapped to the legend's width
 */
public record ImageLayout(Font font, Rectangle title, Rectangle brain, Rectangle bar, Rectangle legend,
        List<String> legendLines) {

    /** Lays out a picture for these options, measuring text with {@code g}. */
    public static ImageLayout of(ImageOptions o, Graphics2D g) {
        int px = Math.max(11, Math.round(Math.min(o.width(), o.height()) / 55f));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, px);
        FontMetrics fm = g.getFontMetrics(font);
        int line = fm.getHeight();
        int pad = px / 2;
        int titleH = o.title().isBlank() ? 0 : line + pad;
        int barW = o.colorBar() ? Math.min(o.width() / 3, Math.max(px * 7, o.width() / 8)) : 0;
        int brainW = o.width() - barW;
        List<String> lines = wrap(o.legend(), fm, brainW - 2 * pad);
        int legendH = lines.isEmpty() ? 0 : lines.size() * line + pad;
        int brainH = Math.max(8, o.height() - titleH - legendH);
        return new ImageLayout(font, new Rectangle(0, 0, o.width(), titleH), new Rectangle(0, titleH, brainW, brainH),
                new Rectangle(brainW, 0, barW, o.height()), new Rectangle(0, titleH + brainH, brainW, legendH), lines);
    }

    /** Splits text into lines no wider than {@code width} (line breaks in the text are kept). */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && fm.stringWidth(candidate) > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
        }
        return lines;
    }
}
