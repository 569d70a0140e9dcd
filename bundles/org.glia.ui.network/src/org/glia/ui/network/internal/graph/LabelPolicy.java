package org.glia.ui.network.internal.graph;

/**
 * Decides which node labels the view can show at the current zoom: a layer's labels appear once its nodes are at
 * least a text line apart on screen, and only the nodes inside the visible height are labelled.
 */
public final class LabelPolicy {

    private LabelPolicy() {
    }

    /** Whether the labels of {@code layer} fit at {@code scale} with text lines {@code lineHeight} pixels high. */
    public static boolean shows(GraphLayout layout, int layer, double scale, int lineHeight) {
        return layout.spacing(layer) * scale >= lineHeight;
    }

    /**
     * The first and last node of {@code layer} whose centre lies within screen rows {@code 0 .. height}, as
     * {@code {first, last}}; {@code first > last} when none does.
     */
    public static int[] visible(GraphLayout layout, int layer, Viewport viewport, int height) {
        double top = layout.indexAt(layer, viewport.worldY(0));
        double bottom = layout.indexAt(layer, viewport.worldY(height));
        int first = (int) Math.max(0, Math.ceil(top));
        int last = (int) Math.min(layout.size(layer) - 1, Math.floor(bottom));
        return new int[] {first, last};
    }
}
