package org.glia.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;

/**
 * Draws the class heatmap as SVG: one row per region (cohort order), one column per class, each cell coloured
 * by the region's normalised importance for that class on one scale shared by all classes (0 to the largest
 * value), with a colour bar. Planted regions (simulated effects of a demo cohort) are marked with a dot.
 */
public final class HeatmapSvg {

    private static final int CELL_W = 64;
    private static final int CELL_H = 11;
    private static final int HEADER = 34;
    private static final int BAR_W = 14;
    private static final double CHAR_W = 5.6;

    private HeatmapSvg() {
    }

    /** The SVG document (standalone, UTF-8). */
    public static String draw(ClassImportance ci, List<String> regions, List<String> classes, Set<String> planted) {
        ColorMap map = ColorMaps.defaultMap();
        double max = 0;
        for (double[] row : ci.normalised()) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        int longest = regions.stream().mapToInt(String::length).max().orElse(4);
        int left = (int) Math.ceil(longest * CHAR_W) + 18;
        int gridW = CELL_W * classes.size();
        int width = left + gridW + 70;
        int height = HEADER + CELL_H * regions.size() + 24;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"9\">%n", width, height, width, height));
        s.append("<title>Region importance per class (").append(Markup.esc(ci.method())).append(")</title>\n");
        for (int c = 0; c < classes.size(); c++) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" "
                    + "font-weight=\"bold\">%s</text>%n", left + c * CELL_W + CELL_W / 2, HEADER - 10,
                    Markup.esc(classes.get(c))));
        }
        for (int j = 0; j < regions.size(); j++) {
            int y = HEADER + j * CELL_H;
            String name = regions.get(j);
            boolean mark = planted.contains(name);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\"%s>%s</text>%n", left - 10,
                    y + CELL_H - 2, mark ? " font-weight=\"bold\"" : "", Markup.esc(name)));
            if (mark) {
                s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%.1f\" r=\"2.5\" fill=\"#c0392b\"/>%n",
                        left - 5, y + CELL_H / 2.0));
            }
            for (int c = 0; c < classes.size(); c++) {
                double v = ci.normalised()[c][j];
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                        + "<title>%s, %s: %s (rank %d)</title></rect>%n", left + c * CELL_W, y, CELL_W, CELL_H,
                        Markup.colour(map.rgb(max > 0 ? v / max : 0)), Markup.esc(name), Markup.esc(classes.get(c)),
                        Markup.num(v, 4), ci.rank()[c][j]));
            }
        }
        colourBar(s, map, left + gridW + 16, HEADER, CELL_H * regions.size(), max);
        if (!planted.isEmpty()) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">\u25cf planted region (simulated effect)"
                    + "</text>%n", 4, height - 8));
        }
        return s.append("</svg>\n").toString();
    }

    private static void colourBar(StringBuilder s, ColorMap map, int x, int y, int h, double max) {
        int stops = 16;
        s.append("<defs><linearGradient id=\"bar\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n");
        for (int k = 0; k <= stops; k++) {
            double t = k / (double) stops;
            s.append(String.format(Locale.ROOT, "<stop offset=\"%.4f\" stop-color=\"%s\"/>%n", t,
                    Markup.colour(map.rgb(t))));
        }
        s.append("</linearGradient></defs>\n");
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"url(#bar)\" "
                + "stroke=\"#888\"/>%n", x, y, BAR_W, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + BAR_W + 4, y + 8,
                Markup.num(max, 3)));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>%n", x + BAR_W + 4, y + h));
    }
}
