package org.glia.ui.network.internal.graph;

/**
 * The mapping between world coordinates (the {@link GraphLayout}) and screen pixels: a uniform scale and an
 * offset, changed by zooming around a point, panning and fitting.
 */
public final class Viewport {

    /** Zoom never goes further out than this fraction of the fitting scale. */
    private static final double MIN_OF_FIT = 0.25;
    /** Zoom never goes further in than this multiple of the fitting scale. */
    private static final double MAX_OF_FIT = 2000;

    private double scale = 1;
    private double tx;
    private double ty;
    private double fitScale = 1;
    private boolean fitted = true;

    /** Screen x of world x. */
    public double screenX(double wx) {
        return wx * scale + tx;
    }

    /** Screen y of world y. */
    public double screenY(double wy) {
        return wy * scale + ty;
    }

    /** World x of screen x. */
    public double worldX(double sx) {
        return (sx - tx) / scale;
    }

    /** World y of screen y. */
    public double worldY(double sy) {
        return (sy - ty) / scale;
    }

    /** Screen pixels per world unit. */
    public double scale() {
        return scale;
    }

    /** Screen x of world 0. */
    public double offsetX() {
        return tx;
    }

    /** Screen y of world 0. */
    public double offsetY() {
        return ty;
    }

    /** True while the view shows the fitted drawing (no zoom or pan since the last fit). */
    public boolean isFitted() {
        return fitted;
    }

    /**
     * Fits the world rectangle {@code [0, worldWidth] x [0, worldHeight]} into a {@code width x height} screen,
     * leaving the given insets free (for labels and the legend).
     */
    public void fit(double worldWidth, double worldHeight, int width, int height, Insets insets) {
        double w = Math.max(1, width - insets.left() - insets.right());
        double h = Math.max(1, height - insets.top() - insets.bottom());
        scale = Math.min(w / Math.max(1e-9, worldWidth), h / Math.max(1e-9, worldHeight));
        fitScale = scale;
        tx = insets.left() + (w - worldWidth * scale) / 2;
        ty = insets.top() + (h - worldHeight * scale) / 2;
        fitted = true;
    }

    /** Zooms by {@code factor} keeping the world point under screen point {@code (sx, sy)} in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        scale = Math.max(fitScale * MIN_OF_FIT, Math.min(fitScale * MAX_OF_FIT, scale * factor));
        tx = sx - wx * scale;
        ty = sy - wy * scale;
        fitted = false;
    }

    /** Moves the drawing by {@code (dx, dy)} pixels. */
    public void pan(double dx, double dy) {
        tx += dx;
        ty += dy;
        fitted = dx == 0 && dy == 0 && fitted;
    }

    /** Sets scale and offset directly (restoring a saved view); the fitting scale is kept. */
    public void set(double newScale, double newTx, double newTy) {
        if (newScale > 0 && Double.isFinite(newScale) && Double.isFinite(newTx) && Double.isFinite(newTy)) {
            scale = newScale;
            tx = newTx;
            ty = newTy;
            fitted = false;
        }
    }

    /**
     * Free margins in pixels around the fitted drawing.
     *
     * @param left   left margin
     * @param top    top margin
     * @param right  right margin
     * @param bottom bottom margin
     */
    public record Insets(int left, int top, int right, int bottom) {
    }
}
