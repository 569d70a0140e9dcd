package org.glia.ui.network.internal.graph;

/**
 * Where the network's nodes sit in world coordinates: layers as columns from left to right, the nodes of a layer
 * spread evenly down its column and centred vertically.
 * <p>
 * Node positions are arithmetic in the node index, so the node nearest to a height is found in constant time.
 */
public final class GraphLayout {

    /** Horizontal distance between neighbouring columns, in world units. */
    public static final double COLUMN_GAP = 600;
    /** Height of the tallest column, in world units. */
    public static final double HEIGHT = 1000;
    /** Nodes of small layers are never further apart than this fraction of {@link #HEIGHT}. */
    private static final double MAX_SPACING = HEIGHT / 8;

    private final int[] sizes;
    private final double[] spacing;
    private final double[] top;

    /** Lays out layers with the given node counts, input first. */
    public GraphLayout(int[] sizes) {
        this.sizes = sizes.clone();
        spacing = new double[sizes.length];
        top = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            spacing[k] = Math.min(HEIGHT / Math.max(1, sizes[k]), MAX_SPACING);
            top[k] = (HEIGHT - spacing[k] * sizes[k]) / 2;
        }
    }

    /** Number of layers (columns). */
    public int layers() {
        return sizes.length;
    }

    /** Number of nodes of {@code layer}. */
    public int size(int layer) {
        return sizes[layer];
    }

    /** The x of the column of {@code layer}. */
    public double x(int layer) {
        return layer * COLUMN_GAP;
    }

    /** The y of node {@code node} of {@code layer}. */
    public double y(int layer, int node) {
        return top[layer] + (node + 0.5) * spacing[layer];
    }

    /** The vertical distance between neighbouring nodes of {@code layer}. */
    public double spacing(int layer) {
        return spacing[layer];
    }

    /** The y where the column of {@code layer} starts (above its first node by half a spacing). */
    public double top(int layer) {
        return top[layer];
    }

    /** The y where the column of {@code layer} ends. */
    public double bottom(int layer) {
        return top[layer] + spacing[layer] * sizes[layer];
    }

    /** The (fractional) node index at height {@code y} in {@code layer}: node {@code i} sits at {@code i}. */
    public double indexAt(int layer, double y) {
        return (y - top[layer]) / spacing[layer] - 0.5;
    }

    /** The node of {@code layer} nearest to height {@code y}. */
    public int nearestNode(int layer, double y) {
        long i = Math.round(indexAt(layer, y));
        return (int) Math.max(0, Math.min(sizes[layer] - 1, i));
    }

    /** Width of the drawing: from the first to the last column. */
    public double width() {
        return x(sizes.length - 1);
    }

    /** Height of the drawing. */
    public double height() {
        return HEIGHT;
    }

    /** The steepest |dy/dx| an edge can have: the full height over one column gap. */
    public double maxSlope() {
        return HEIGHT / COLUMN_GAP;
    }
}
