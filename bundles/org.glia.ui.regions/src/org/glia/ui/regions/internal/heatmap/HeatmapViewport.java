package org.glia.ui.regions.internal.heatmap;

/**
 * The zoom and scroll of the heatmap's cell area: at zoom 1 the whole heatmap fits (zoom to fit); above it the
 * content is {@code zoom} times the area and {@code (x, y)} is the content pixel at the area's top left corner.
 *
 * @param zoom 1 .. {@link #MAX_ZOOM}
 * @param x    horizontal scroll in content pixels
 * @param y    vertical scroll in content pixels
 */
public record HeatmapViewport(double zoom, double x, double y) {

    /** The largest zoom. */
    public static final double MAX_ZOOM = 64;
    /** Everything fits. */
    public static final HeatmapViewport FIT = new HeatmapViewport(1, 0, 0);

    /** True at zoom 1. */
    public boolean fitted() {
        return zoom <= 1;
    }

    /**
     * Zooms by {@code factor} about the point {@code (px, py)} of an area of {@code width x height} pixels (relative
     * to its top left corner), keeping that point of the content under it; the result is clamped.
     */
    public HeatmapViewport zoomAt(double factor, double px, double py, double width, double height) {
        double z = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double s = z / zoom;
        return new HeatmapViewport(z, (x + px) * s - px, (y + py) * s - py).clamp(width, height);
    }

    /** Scrolls by {@code (dx, dy)} content pixels, clamped. */
    public HeatmapViewport pan(double dx, double dy, double width, double height) {
        return new HeatmapViewport(zoom, x + dx, y + dy).clamp(width, height);
    }

    /** The scroll kept inside the content of an area of {@code width x height}. */
    public HeatmapViewport clamp(double width, double height) {
        double maxX = Math.max(0, width * zoom - width);
        double maxY = Math.max(0, height * zoom - height);
        return new HeatmapViewport(zoom, Math.max(0, Math.min(maxX, x)), Math.max(0, Math.min(maxY, y)));
    }
}
