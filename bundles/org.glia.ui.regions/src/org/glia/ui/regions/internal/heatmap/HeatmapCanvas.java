package org.glia.ui.regions.internal.heatmap;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The heatmap drawn on screen: the whole heatmap fits the canvas; the wheel zooms about the pointer, a drag
 * scrolls, a double click fits again. Hovering a cell and clicking one are reported with the cell's row and
 * column (-1, -1 off the grid).
 */
public final class HeatmapCanvas extends Canvas {

    private static final double WHEEL_ZOOM = 1.25;
    private static final int DRAG_SLOP = 3;

    private HeatmapPainter painter;
    private HeatmapViewport viewport = HeatmapViewport.FIT;
    private HeatmapLayout layout;
    private int pickedRow = -1;
    private int pickedColumn = -1;
    private BiConsumer<Integer, Integer> onHover = (r, c) -> {
    };
    private BiConsumer<Integer, Integer> onClick = (r, c) -> {
    };
    private Point down;
    private HeatmapViewport downViewport;
    private boolean dragged;

    /** Creates the canvas. */
    public HeatmapCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> layout = null);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> fit());
        addListener(SWT.MouseExit, e -> onHover.accept(-1, -1));
    }

    /** Shows a heatmap (null: blank), fitted, nothing picked. */
    public void setHeatmap(HeatmapData data, HeatmapColors colors) {
        painter = data == null ? null : new HeatmapPainter(data, colors);
        viewport = HeatmapViewport.FIT;
        pickedRow = -1;
        pickedColumn = -1;
        layout = null;
        redraw();
    }

    /** Outlines a cell (-1: none). */
    public void setPicked(int row, int column) {
        pickedRow = row;
        pickedColumn = column;
        redraw();
    }

    /** Shows the whole heatmap again. */
    public void fit() {
        viewport = HeatmapViewport.FIT;
        layout = null;
        redraw();
    }

    /** The zoom and scroll. */
    public HeatmapViewport viewport() {
        return viewport;
    }

    /** Called with (row, column) of the cell under the pointer, (-1, -1) when there is none. */
    public void onHover(BiConsumer<Integer, Integer> listener) {
        onHover = listener;
    }

    /** Called with (row, column) of a clicked cell. */
    public void onClick(BiConsumer<Integer, Integer> listener) {
        onClick = listener;
    }

    /** Where everything is drawn now (measured with the canvas's font if not painted yet); null without a heatmap. */
    public HeatmapLayout currentLayout() {
        if (painter == null) {
            return null;
        }
        if (layout == null) {
            GC gc = new GC(this);
            try {
                var size = getClientArea();
                layout = painter.layout(gc, size.width, size.height, viewport);
            } finally {
                gc.dispose();
            }
        }
        return layout;
    }

    /** The heatmap as drawn now, as an image of the canvas's size. */
    public ImageData snapshot() {
        var size = getClientArea();
        Image image = new Image(getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
        GC gc = new GC(image);
        try {
            gc.setFont(getFont());
            if (painter != null) {
                painter.paint(gc, size.width, size.height, viewport, pickedRow, pickedColumn);
            } else {
                gc.fillRectangle(0, 0, size.width, size.height);
            }
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private void paint(GC gc) {
        var size = getClientArea();
        if (painter == null) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(size);
            return;
        }
        layout = painter.paint(gc, size.width, size.height, viewport, pickedRow, pickedColumn);
        viewport = layout.viewport();
    }

    private void wheel(Event e) {
        HeatmapLayout l = currentLayout();
        if (l == null || l.gridWidth() <= 0 || l.gridHeight() <= 0) {
            return;
        }
        double factor = e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM;
        viewport = viewport.zoomAt(factor, e.x - l.gridX(), e.y - l.gridY(), l.gridWidth(), l.gridHeight());
        layout = null;
        redraw();
        e.doit = false;
    }

    private void mouseDown(Event e) {
        if (e.button == 1) {
            down = new Point(e.x, e.y);
            downViewport = viewport;
            dragged = false;
        }
    }

    private void mouseMove(Event e) {
        HeatmapLayout l = currentLayout();
        if (l == null) {
            return;
        }
        if (down != null && (e.stateMask & SWT.BUTTON1) != 0) {
            int dx = e.x - down.x;
            int dy = e.y - down.y;
            if (dragged || Math.abs(dx) > DRAG_SLOP || Math.abs(dy) > DRAG_SLOP) {
                dragged = true;
                viewport = downViewport.pan(-dx, -dy, l.gridWidth(), l.gridHeight());
                layout = null;
                redraw();
            }
            return;
        }
        onHover.accept(l.rowAt(e.y), l.columnAt(e.x));
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || down == null) {
            return;
        }
        boolean click = !dragged;
        down = null;
        HeatmapLayout l = currentLayout();
        if (click && l != null) {
            int r = l.rowAt(e.y);
            int c = l.columnAt(e.x);
            if (r >= 0 && c >= 0) {
                onClick.accept(r, c);
            }
        }
    }
}
