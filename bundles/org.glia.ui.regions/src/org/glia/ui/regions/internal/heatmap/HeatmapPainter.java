package org.glia.ui.regions.internal.heatmap;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.glia.ui.regions.internal.Numbers;

/**
 * Draws a heatmap with SWT, on screen and into the exported PNG alike: title, cells, row and column labels
 * (thinned to what fits), the picked cell's outline and the colour bar with its range.
 */
public final class HeatmapPainter {

    private static final int TICKS = 3;

    private final HeatmapData data;
    private final HeatmapColors colors;

    /** A painter of {@code data} in {@code colors}. */
    public HeatmapPainter(HeatmapData data, HeatmapColors colors) {
        this.data = data;
        this.colors = colors;
    }

    /** The layout of a drawing of {@code width x height} with the font set on {@code gc}. */
    public HeatmapLayout layout(GC gc, int width, int height, HeatmapViewport viewport) {
        int rowLabels = 0;
        for (int r = 0; r < data.rows(); r++) {
            rowLabels = Math.max(rowLabels, gc.textExtent(data.rowName(r)).x);
        }
        int columnLabels = 0;
        for (int c = 0; c < data.columns(); c++) {
            columnLabels = Math.max(columnLabels, gc.textExtent(data.columnName(c)).x);
        }
        int ticks = 0;
        for (int i = 0; i < TICKS; i++) {
            ticks = Math.max(ticks, gc.textExtent(tick(i)).x);
        }
        int line = gc.getFontMetrics().getHeight();
        int legend = Math.max(10, line) + HeatmapLayout.GAP + ticks;
        return new HeatmapLayout(width, height, data.rows(), data.columns(), line, rowLabels, columnLabels, legend,
                viewport);
    }

    /**
     * Paints the heatmap over the whole {@code width x height} area and returns the layout used.
     *
     * @param pickedRow    the picked cell's row, or -1
     * @param pickedColumn the picked cell's column, or -1
     */
    public HeatmapLayout paint(GC gc, int width, int height, HeatmapViewport viewport, int pickedRow, int pickedColumn) {
        Color white = gc.getDevice().getSystemColor(SWT.COLOR_WHITE);
        Color ink = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
        gc.setBackground(white);
        gc.fillRectangle(0, 0, width, height);
        HeatmapLayout l = layout(gc, width, height, viewport);
        gc.setForeground(ink);
        drawClipped(gc, data.title(), HeatmapLayout.MARGIN, l.titleY(), width - 2 * HeatmapLayout.MARGIN, false);
        if (l.gridWidth() <= 0 || l.gridHeight() <= 0 || data.rows() == 0 || data.columns() == 0) {
            return l;
        }
        paintCells(gc, l);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_GRAY));
        gc.drawRectangle(l.gridX() - 1, l.gridY() - 1, l.gridWidth() + 1, l.gridHeight() + 1);
        if (pickedRow >= 0 && pickedColumn >= 0 && pickedRow < data.rows() && pickedColumn < data.columns()) {
            gc.setClipping(l.gridX() - 2, l.gridY() - 2, l.gridWidth() + 4, l.gridHeight() + 4);
            gc.setForeground(ink);
            gc.setLineWidth(2);
            int x0 = l.columnX(pickedColumn);
            int y0 = l.rowY(pickedRow);
            gc.drawRectangle(x0, y0, Math.max(2, l.columnX(pickedColumn + 1) - x0), Math.max(2, l.rowY(pickedRow + 1) - y0));
            gc.setLineWidth(1);
            gc.setClipping((Rectangle) null);
        }
        gc.setForeground(ink);
        paintRowLabels(gc, l);
        paintColumnLabels(gc, l);
        paintBar(gc, l, ink);
        return l;
    }

    private void paintCells(GC gc, HeatmapLayout l) {
        gc.setClipping(l.gridX(), l.gridY(), l.gridWidth(), l.gridHeight());
        int r0 = Math.max(0, l.rowAt(l.gridY()));
        int r1 = Math.max(r0, l.rowAt(l.gridY() + l.gridHeight() - 1));
        int c0 = Math.max(0, l.columnAt(l.gridX()));
        int c1 = Math.max(c0, l.columnAt(l.gridX() + l.gridWidth() - 1));
        Map<Integer, Color> palette = new HashMap<>();
        for (int r = r0; r <= r1; r++) {
            int y0 = l.rowY(r);
            int h = Math.max(1, l.rowY(r + 1) - y0);
            for (int c = c0; c <= c1; c++) {
                int x0 = l.columnX(c);
                int w = Math.max(1, l.columnX(c + 1) - x0);
                int rgb = colors.rgb(data.value(r, c));
                gc.setBackground(palette.computeIfAbsent(rgb, k -> new Color(k >> 16 & 255, k >> 8 & 255, k & 255)));
                gc.fillRectangle(x0, y0, w, h);
            }
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintRowLabels(GC gc, HeatmapLayout l) {
        int width = l.rowLabelRight() - HeatmapLayout.MARGIN;
        if (width <= 0) {
            return;
        }
        gc.setClipping(0, l.gridY() - l.lineHeight() / 2, l.rowLabelRight(), l.gridHeight() + l.lineHeight());
        for (int r = 0; r < data.rows(); r++) {
            int y = l.centerY(r);
            if (l.rowLabelShown(r) && y >= l.gridY() && y < l.gridY() + l.gridHeight()) {
                drawClipped(gc, data.rowName(r), l.rowLabelRight(), y - l.lineHeight() / 2, width, true);
            }
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintColumnLabels(GC gc, HeatmapLayout l) {
        gc.setClipping(l.gridX(), l.columnLabelY(), l.gridWidth(), l.lineHeight() + 2);
        for (int c = 0; c < data.columns(); c++) {
            int x = l.centerX(c);
            if (l.columnLabelShown(c) && x >= l.gridX() && x < l.gridX() + l.gridWidth()) {
                String s = data.columnName(c);
                int w = gc.textExtent(s).x;
                gc.drawString(s, x - w / 2, l.columnLabelY(), true);
            }
        }
        gc.setClipping((Rectangle) null);
    }

    private void paintBar(GC gc, HeatmapLayout l, Color ink) {
        int x = l.barX();
        int top = l.gridY();
        int h = l.gridHeight();
        if (h < 2) {
            return;
        }
        for (int row = 0; row < h; row++) {
            int rgb = colors.map().rgb(1 - (double) row / (h - 1));
            gc.setForeground(new Color(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255));
            gc.drawLine(x, top + row, x + l.barWidth() - 1, top + row);
        }
        gc.setForeground(ink);
        gc.drawRectangle(x - 1, top - 1, l.barWidth() + 1, h + 1);
        for (int i = 0; i < TICKS; i++) {
            double t = 1 - (double) i / (TICKS - 1);
            int y = top + (int) Math.round((1 - t) * (h - 1));
            gc.drawLine(x + l.barWidth(), y, x + l.barWidth() + 3, y);
            int ty = Math.max(top - l.lineHeight() / 2, Math.min(top + h - l.lineHeight() / 2, y - l.lineHeight() / 2));
            gc.drawString(tick(i), x + l.barWidth() + HeatmapLayout.GAP, ty, true);
        }
    }

    /** The label of tick i, top (largest) first. */
    private String tick(int i) {
        return Numbers.format(colors.valueAt(1 - (double) i / (TICKS - 1)));
    }

    /** Draws text shortened with an ellipsis to {@code width}; right-aligned to {@code x} if asked. */
    private static void drawClipped(GC gc, String text, int x, int y, int width, boolean alignRight) {
        String s = text;
        while (s.length() > 1 && gc.textExtent(s).x > width) {
            s = s.substring(0, s.length() - 2) + "\u2026";
        }
        int w = gc.textExtent(s).x;
        gc.drawString(s, alignRight ? x - w : x, y, true);
    }
}
