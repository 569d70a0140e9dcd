package org.glia.ui.regions.internal.heatmap;

/**
 * Where the parts of a drawn heatmap go, in pixels: the title on top, row labels on the left, the cell grid,
 * column labels below it and the colour bar on the right. The grid fills the space left (zoom to fit) and is
 * magnified and scrolled by a {@link HeatmapViewport}. Labels are thinned to every k-th one when rows or columns
 * are narrower than the text. No SWT: the painter measures the text and hands in the sizes.
 */
public final class HeatmapLayout {

    /** Space around the drawing. */
    public static final int MARGIN = 6;
    /** Space between parts. */
    public static final int GAP = 4;

    private final int rows;
    private final int columns;
    private final int lineHeight;
    private final int gridX;
    private final int gridY;
    private final int gridWidth;
    private final int gridHeight;
    private final double cellWidth;
    private final double cellHeight;
    private final HeatmapViewport viewport;
    private final int rowLabelStep;
    private final int columnLabelStep;
    private final int barX;
    private final int barWidth;

    /**
     * Lays out a heatmap.
     *
     * @param width       the drawing's width
     * @param height      the drawing's height
     * @param rows        number of rows
     * @param columns     number of columns
     * @param lineHeight  the height of a line of text
     * @param rowLabels   the width of the widest row label (it is given at most a third of the width)
     * @param columnLabel the width of the widest column label
     * @param legend      the width of the colour bar with its tick labels
     * @param viewport    zoom and scroll of the grid
     */
    public HeatmapLayout(int width, int height, int rows, int columns, int lineHeight, int rowLabels,
            int columnLabel, int legend, HeatmapViewport viewport) {
        this.rows = rows;
        this.columns = columns;
        this.lineHeight = Math.max(1, lineHeight);
        int labels = Math.min(rowLabels, width / 3);
        gridX = MARGIN + labels + GAP;
        gridY = MARGIN + this.lineHeight + GAP;
        barWidth = Math.max(10, this.lineHeight);
        int right = width - MARGIN - legend - GAP;
        gridWidth = Math.max(0, right - gridX);
        gridHeight = Math.max(0, height - MARGIN - this.lineHeight - GAP - gridY);
        barX = gridX + gridWidth + GAP;
        this.viewport = viewport.clamp(gridWidth, gridHeight);
        cellWidth = columns == 0 ? 0 : gridWidth * this.viewport.zoom() / columns;
        cellHeight = rows == 0 ? 0 : gridHeight * this.viewport.zoom() / rows;
        rowLabelStep = cellHeight <= 0 ? 1 : Math.max(1, (int) Math.ceil(this.lineHeight / cellHeight));
        columnLabelStep = cellWidth <= 0 ? 1 : Math.max(1, (int) Math.ceil((columnLabel + GAP) / cellWidth));
    }

    /** The grid's left edge. */
    public int gridX() {
        return gridX;
    }

    /** The grid's top edge. */
    public int gridY() {
        return gridY;
    }

    /** The grid's visible width. */
    public int gridWidth() {
        return gridWidth;
    }

    /** The grid's visible height. */
    public int gridHeight() {
        return gridHeight;
    }

    /** The width of a cell (fractional when there are more columns than pixels). */
    public double cellWidth() {
        return cellWidth;
    }

    /** The height of a cell. */
    public double cellHeight() {
        return cellHeight;
    }

    /** The viewport, clamped to this grid. */
    public HeatmapViewport viewport() {
        return viewport;
    }

    /** The left edge of a column (may lie outside the visible grid when zoomed). */
    public int columnX(int column) {
        return (int) Math.round(gridX - viewport.x() + column * cellWidth);
    }

    /** The top edge of a row. */
    public int rowY(int row) {
        return (int) Math.round(gridY - viewport.y() + row * cellHeight);
    }

    /** The horizontal centre of a column. */
    public int centerX(int column) {
        return (int) Math.floor(gridX - viewport.x() + (column + 0.5) * cellWidth);
    }

    /** The vertical centre of a row. */
    public int centerY(int row) {
        return (int) Math.floor(gridY - viewport.y() + (row + 0.5) * cellHeight);
    }

    /** The column under a point, or -1 outside the visible grid. */
    public int columnAt(int x) {
        if (x < gridX || x >= gridX + gridWidth || cellWidth <= 0) {
            return -1;
        }
        return Math.min(columns - 1, (int) Math.floor((x - gridX + viewport.x()) / cellWidth));
    }

    /** The row under a point, or -1 outside the visible grid. */
    public int rowAt(int y) {
        if (y < gridY || y >= gridY + gridHeight || cellHeight <= 0) {
            return -1;
        }
        return Math.min(rows - 1, (int) Math.floor((y - gridY + viewport.y()) / cellHeight));
    }

    /** True when the centre of a cell is inside the visible grid. */
    public boolean visible(int row, int column) {
        int x = centerX(column);
        int y = centerY(row);
        return x >= gridX && x < gridX + gridWidth && y >= gridY && y < gridY + gridHeight;
    }

    /** True when a row's label is drawn (every k-th row when rows are lower than a line of text). */
    public boolean rowLabelShown(int row) {
        return row % rowLabelStep == 0;
    }

    /** True when a column's label is drawn (every k-th column when columns are narrower than the labels). */
    public boolean columnLabelShown(int column) {
        return column % columnLabelStep == 0;
    }

    /** The right edge of the row labels. */
    public int rowLabelRight() {
        return gridX - GAP;
    }

    /** The top of the column labels. */
    public int columnLabelY() {
        return gridY + gridHeight + GAP / 2;
    }

    /** The top of the title. */
    public int titleY() {
        return MARGIN;
    }

    /** The colour bar's left edge. */
    public int barX() {
        return barX;
    }

    /** The colour bar's width. */
    public int barWidth() {
        return barWidth;
    }

    /** The height of a line of text. */
    public int lineHeight() {
        return lineHeight;
    }
}
