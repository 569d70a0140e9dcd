package org.glia.ui.regions.internal.heatmap;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.glia.ui.RegionSelection;

/**
 * A heatmap's content: one row per brain region, one column per network node of one level (hidden nodes of a
 * layer, or the output nodes, one per class), and a value per cell. Immutable; the arrays are copied in and out.
 */
public final class HeatmapData {

    private final String title;
    private final List<String> rowNames;
    private final int[] rowIndices;
    private final List<String> columnNames;
    private final int level;
    private final int[] columnNodes;
    private final double[][] values;
    private final boolean signed;

    /**
     * Creates the content.
     *
     * @param title       what the heatmap shows (method, whose inputs)
     * @param rowNames    the regions' names
     * @param rowIndices  the regions' atlas label indices, parallel to {@code rowNames}
     * @param columnNames the columns' names (node reference or class)
     * @param level       the network level of every column's node (1 .. depth)
     * @param columnNodes the node index of each column within {@code level}
     * @param values      {@code [row][column]}; NaN where there is no value
     * @param signed      whether values can be negative (a diverging colour map then)
     */
    public HeatmapData(String title, List<String> rowNames, int[] rowIndices, List<String> columnNames, int level,
            int[] columnNodes, double[][] values, boolean signed) {
        this.title = Objects.requireNonNull(title, "title");
        this.rowNames = List.copyOf(rowNames);
        this.columnNames = List.copyOf(columnNames);
        if (rowIndices.length != this.rowNames.size() || columnNodes.length != this.columnNames.size()
                || values.length != this.rowNames.size()) {
            throw new IllegalArgumentException("heatmap of " + rowNames.size() + " x " + columnNames.size()
                    + " with " + rowIndices.length + " region indices, " + columnNodes.length + " nodes and "
                    + values.length + " rows of values");
        }
        this.values = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnNodes.length) {
                throw new IllegalArgumentException("row " + r + " has " + values[r].length + " values, not "
                        + columnNodes.length);
            }
            this.values[r] = values[r].clone();
        }
        this.rowIndices = rowIndices.clone();
        this.level = level;
        this.columnNodes = columnNodes.clone();
        this.signed = signed;
    }

    /** What the heatmap shows. */
    public String title() {
        return title;
    }

    /** Number of rows (regions). */
    public int rows() {
        return rowNames.size();
    }

    /** Number of columns (nodes or classes). */
    public int columns() {
        return columnNames.size();
    }

    /** The name of a row's region. */
    public String rowName(int row) {
        return rowNames.get(row);
    }

    /** The atlas label index of a row's region. */
    public int rowIndex(int row) {
        return rowIndices[row];
    }

    /** The name of a column. */
    public String columnName(int column) {
        return columnNames.get(column);
    }

    /** The network level of the columns' nodes. */
    public int level() {
        return level;
    }

    /** The node index (within {@link #level()}) of a column. */
    public int columnNode(int column) {
        return columnNodes[column];
    }

    /** The value of a cell (NaN: none). */
    public double value(int row, int column) {
        return values[row][column];
    }

    /** Whether values can be negative. */
    public boolean signed() {
        return signed;
    }

    /** The values of a row, copied. */
    public double[] row(int row) {
        return values[row].clone();
    }

    /** The values of a column, copied. */
    public double[] column(int column) {
        double[] c = new double[values.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = values[r][column];
        }
        return c;
    }

    /** Every value, row by row, copied. */
    public double[][] values() {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    /** The row holding the region with this atlas index, or -1. */
    public int rowOfRegion(int regionIndex) {
        for (int r = 0; r < rowIndices.length; r++) {
            if (rowIndices[r] == regionIndex) {
                return r;
            }
        }
        return -1;
    }

    /** The column of node {@code node} of {@link #level()}, or -1. */
    public int columnOfNode(int node) {
        for (int c = 0; c < columnNodes.length; c++) {
            if (columnNodes[c] == node) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A cell's region as a selection: its value, and its rank among the column's regions with a value (largest
     * first, by magnitude for signed values, the lower atlas index first among equals; 0 without a value).
     */
    public RegionSelection region(int row, int column) {
        double v = values[row][column];
        int rank = 0;
        int of = 0;
        double key = signed ? Math.abs(v) : v;
        for (int r = 0; r < values.length; r++) {
            double o = values[r][column];
            if (Double.isNaN(o)) {
                continue;
            }
            of++;
            double other = signed ? Math.abs(o) : o;
            if (!Double.isNaN(v) && (other > key || other == key && rowIndices[r] <= rowIndices[row])) {
                rank++;
            }
        }
        return new RegionSelection(rowIndices[row], rowNames.get(row), v, rank, of);
    }

    /** The same content with rows and columns in another order ({@code order.rows()[i]} becomes row i). */
    public HeatmapData reorder(HeatmapOrder order) {
        int[] rs = order.rows();
        int[] cs = order.columns();
        if (rs.length != rows() || cs.length != columns()) {
            throw new IllegalArgumentException("an order of " + rs.length + " x " + cs.length + " for a heatmap of "
                    + rows() + " x " + columns());
        }
        String[] names = new String[rs.length];
        int[] indices = new int[rs.length];
        double[][] v = new double[rs.length][cs.length];
        for (int i = 0; i < rs.length; i++) {
            names[i] = rowNames.get(rs[i]);
            indices[i] = rowIndices[rs[i]];
            for (int j = 0; j < cs.length; j++) {
                v[i][j] = values[rs[i]][cs[j]];
            }
        }
        String[] columnsNamed = new String[cs.length];
        int[] nodes = new int[cs.length];
        for (int j = 0; j < cs.length; j++) {
            columnsNamed[j] = columnNames.get(cs[j]);
            nodes[j] = columnNodes[cs[j]];
        }
        return new HeatmapData(title, List.of(names), indices, List.of(columnsNamed), level, nodes, v, signed);
    }
}
