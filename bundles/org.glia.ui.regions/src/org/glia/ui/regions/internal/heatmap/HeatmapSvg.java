package org.glia.ui.regions.internal.heatmap;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.glia.ui.regions.internal.Numbers;

/**
 * A heatmap as an SVG document: the title, one rectangle per cell (with its region, column and value as a
 * tooltip), row labels on the left, column labels below (turned upright), and a colour bar with its range. The
 * whole heatmap at a fixed cell size, whatever the view's zoom; text is sized by an estimate of its width.
 */
public final class HeatmapSvg {

    private static final int CELL_W = 16;
    private static final int CELL_H = 12;
    private static final int FONT = 10;
    private static final int TITLE_FONT = 12;
    private static final double CHAR_W = 6.2;
    private static final int PAD = 10;
    private static final int BAR_W = 14;
    private static final int BAR_STEPS = 64;

    private HeatmapSvg() {
    }

    /** Writes {@code data} coloured by {@code colors}. */
    public static void write(HeatmapData data, HeatmapColors colors, Writer out) throws IOException {
        int rowLabels = (int) Math.ceil(longest(data, true) * CHAR_W);
        int columnLabels = (int) Math.ceil(longest(data, false) * CHAR_W);
        int gridX = PAD + rowLabels + PAD / 2;
        int gridY = PAD + TITLE_FONT + PAD;
        int gridW = Math.max(1, data.columns()) * CELL_W;
        int gridH = Math.max(1, data.rows()) * CELL_H;
        int barX = gridX + gridW + PAD;
        int barH = Math.max(gridH, 80);
        String[] ticks = {Numbers.format(colors.valueAt(1)), Numbers.format(colors.valueAt(0.5)),
            Numbers.format(colors.valueAt(0))};
        int tickW = 0;
        for (String t : ticks) {
            tickW = Math.max(tickW, (int) Math.ceil(t.length() * CHAR_W));
        }
        int width = Math.max(barX + BAR_W + 4 + tickW + PAD, PAD + (int) Math.ceil(data.title().length() * 7.2) + PAD);
        int height = gridY + Math.max(gridH + PAD / 2 + columnLabels, barH) + PAD;
        StringBuilder s = new StringBuilder(64 * (data.rows() * data.columns() + data.rows() + data.columns() + 100));
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"%d\">\n", width, height, width, height,
                FONT));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>\n", PAD,
                PAD + TITLE_FONT - 2, TITLE_FONT, escape(data.title())));
        s.append("<g id=\"cells\" shape-rendering=\"crispEdges\">\n");
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.columns(); c++) {
                double v = data.value(r, c);
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s \u00b7 %s: %s</title></rect>\n",
                        gridX + c * CELL_W, gridY + r * CELL_H, CELL_W, CELL_H, hex(colors.rgb(v)),
                        escape(data.rowName(r)), escape(data.columnName(c)), escape(Double.isNaN(v) ? "\u2014" : Double.toString(v))));
            }
        }
        s.append("</g>\n<g id=\"row-labels\" text-anchor=\"end\">\n");
        for (int r = 0; r < data.rows(); r++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", gridX - 3,
                    gridY + r * CELL_H + CELL_H - 2, escape(data.rowName(r))));
        }
        s.append("</g>\n<g id=\"column-labels\" text-anchor=\"end\">\n");
        for (int c = 0; c < data.columns(); c++) {
            int x = gridX + c * CELL_W + CELL_W / 2 + FONT / 3;
            int y = gridY + gridH + 3;
            s.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-90)\">%s</text>\n", x, y,
                    escape(data.columnName(c))));
        }
        s.append("</g>\n<g id=\"colour-bar\" shape-rendering=\"crispEdges\">\n");
        double step = (double) barH / BAR_STEPS;
        for (int i = 0; i < BAR_STEPS; i++) {
            double t = 1 - (i + 0.5) / BAR_STEPS;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.2f\" width=\"%d\" height=\"%.2f\" fill=\"%s\"/>\n",
                    barX, gridY + i * step, BAR_W, step + 0.05, hex(colors.map().rgb(t))));
        }
        s.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#000000\"/>\n", barX, gridY,
                BAR_W, barH));
        for (int i = 0; i < ticks.length; i++) {
            int y = gridY + (int) Math.round(i * barH / 2.0);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", barX + BAR_W + 4, y + FONT / 3,
                    escape(ticks[i])));
        }
        s.append("</g>\n</svg>\n");
        out.write(s.toString());
    }

    private static int longest(HeatmapData data, boolean rows) {
        int n = 0;
        for (int i = 0; i < (rows ? data.rows() : data.columns()); i++) {
            n = Math.max(n, (rows ? data.rowName(i) : data.columnName(i)).length());
        }
        return n;
    }

    /** {@code #rrggbb}. */
    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /** Text safe inside an element or attribute; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
