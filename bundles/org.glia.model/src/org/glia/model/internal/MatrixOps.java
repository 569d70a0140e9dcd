package org.glia.model.internal;

/** Row and column surgery on row-major matrices; every method returns a new array. */
public final class MatrixOps {

    private MatrixOps() {
    }

    /** {@code m} ({@code rows x cols}) without row {@code row}. */
    public static double[] removeRow(double[] m, int rows, int cols, int row) {
        double[] r = new double[(rows - 1) * cols];
        System.arraycopy(m, 0, r, 0, row * cols);
        System.arraycopy(m, (row + 1) * cols, r, row * cols, (rows - row - 1) * cols);
        return r;
    }

    /** {@code m} ({@code rows x cols}) without column {@code col}. */
    public static double[] removeColumn(double[] m, int rows, int cols, int col) {
        double[] r = new double[rows * (cols - 1)];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(m, i * cols, r, i * (cols - 1), col);
            System.arraycopy(m, i * cols + col + 1, r, i * (cols - 1) + col, cols - col - 1);
        }
        return r;
    }

    /** {@code m} ({@code rows x cols}) followed by the rows of {@code extra} ({@code k x cols}). */
    public static double[] appendRows(double[] m, double[] extra) {
        double[] r = new double[m.length + extra.length];
        System.arraycopy(m, 0, r, 0, m.length);
        System.arraycopy(extra, 0, r, m.length, extra.length);
        return r;
    }

    /** {@code m} ({@code rows x cols}) with the columns of {@code extra} ({@code rows x k}) appended on the right. */
    public static double[] appendColumns(double[] m, int rows, int cols, double[] extra, int k) {
        double[] r = new double[rows * (cols + k)];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(m, i * cols, r, i * (cols + k), cols);
            System.arraycopy(extra, i * k, r, i * (cols + k) + cols, k);
        }
        return r;
    }
}
