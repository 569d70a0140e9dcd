package org.glia.ui.cohort.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A box plot per class of one feature at one region, side by side in the classes' colours: the box from the
 * first to the third quartile, the median as a thick line, the mean as a diamond, Tukey whiskers, and every
 * subject as a dot (spread sideways by a fixed seed, so the picture is the same each time).
 */
final class DistributionPlot {

    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final long JITTER_SEED = 20_240_521L;

    private final Canvas canvas;
    private String title = "";
    private List<ClassStats> stats = List.of();
    private String empty = "";

    DistributionPlot(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** Shows these distributions under a title. */
    void show(String newTitle, List<ClassStats> newStats) {
        title = newTitle;
        stats = List.copyOf(newStats);
        canvas.redraw();
    }

    /** Shows a sentence instead of a plot. */
    void showEmpty(String message) {
        stats = List.of();
        title = "";
        empty = message;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        gc.setForeground(black);
        if (stats.isEmpty()) {
            Point size = gc.textExtent(empty);
            gc.drawText(empty, Math.max(4, (area.width - size.x) / 2), Math.max(4, (area.height - size.y) / 2), true);
            return;
        }
        int x0 = LEFT;
        int y0 = TOP;
        int w = Math.max(10, area.width - LEFT - RIGHT);
        int h = Math.max(10, area.height - TOP - BOTTOM);
        gc.drawText(title, x0, 6, true);
        PlotScale scale = PlotScale.of(stats);
        for (double t : scale.ticks()) {
            int y = y0 + h - (int) Math.round(scale.position(t) * h);
            gc.setForeground(grey);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(x0, y, x0 + w, y);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setForeground(black);
            String label = Format.number(t);
            Point size = gc.textExtent(label);
            gc.drawText(label, x0 - size.x - 6, y - size.y / 2, true);
        }
        gc.drawLine(x0, y0, x0, y0 + h);
        gc.drawLine(x0, y0 + h, x0 + w, y0 + h);
        double slot = (double) w / stats.size();
        for (int c = 0; c < stats.size(); c++) {
            ClassStats s = stats.get(c);
            int centre = x0 + (int) Math.round(slot * (c + 0.5));
            String label = s.name() + "  (n = " + s.n() + ")";
            Point size = gc.textExtent(label);
            gc.setForeground(black);
            gc.drawText(label, centre - size.x / 2, y0 + h + 8, true);
            if (s.n() > 0) {
                drawClass(gc, s, ClassColours.of(c), centre, (int) Math.max(8, slot * 0.36), scale, y0, h, c);
            }
        }
    }

    private static void drawClass(GC gc, ClassStats s, int rgb, int centre, int boxWidth, PlotScale scale, int y0,
            int h, int classIndex) {
        Color colour = new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
        java.util.function.DoubleToIntFunction y = v -> y0 + h - (int) Math.round(scale.position(v) * h);
        int half = boxWidth / 2;
        // the dots first, behind the box
        SplittableRandom jitter = new SplittableRandom(JITTER_SEED + classIndex);
        gc.setBackground(colour);
        gc.setAlpha(110);
        for (double v : s.values()) {
            int dx = (int) Math.round((jitter.nextDouble() - 0.5) * boxWidth * 1.4);
            gc.fillOval(centre + dx - 2, y.applyAsInt(v) - 2, 5, 5);
        }
        gc.setAlpha(60);
        int top = y.applyAsInt(s.q3());
        int bottom = y.applyAsInt(s.q1());
        gc.fillRectangle(centre - half, top, boxWidth, Math.max(1, bottom - top));
        gc.setAlpha(255);
        gc.setForeground(colour);
        gc.setLineWidth(2);
        gc.drawRectangle(centre - half, top, boxWidth, Math.max(1, bottom - top));
        gc.drawLine(centre, top, centre, y.applyAsInt(s.high()));
        gc.drawLine(centre, bottom, centre, y.applyAsInt(s.low()));
        gc.drawLine(centre - half / 2, y.applyAsInt(s.high()), centre + half / 2, y.applyAsInt(s.high()));
        gc.drawLine(centre - half / 2, y.applyAsInt(s.low()), centre + half / 2, y.applyAsInt(s.low()));
        gc.setLineWidth(3);
        gc.drawLine(centre - half, y.applyAsInt(s.median()), centre + half, y.applyAsInt(s.median()));
        gc.setLineWidth(1);
        int m = y.applyAsInt(s.mean());
        gc.setBackground(canvasWhite(gc));
        gc.fillPolygon(new int[] {centre, m - 5, centre + 5, m, centre, m + 5, centre - 5, m});
        gc.drawPolygon(new int[] {centre, m - 5, centre + 5, m, centre, m + 5, centre - 5, m});
    }

    private static Color canvasWhite(GC gc) {
        return gc.getDevice().getSystemColor(SWT.COLOR_WHITE);
    }

    /** The classes shown (for tests). */
    List<ClassStats> shown() {
        return stats;
    }
}
