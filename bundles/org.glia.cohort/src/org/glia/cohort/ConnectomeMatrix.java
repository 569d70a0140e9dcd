package org.glia.cohort;

import java.util.Arrays;

/**
 * An immutable square region x region connectivity matrix; row and column order is the cohort's label
 * table order.
 */
public final class ConnectomeMatrix {

    private final int size;
    private final double[] values;

    private ConnectomeMatrix(int size, double[] values) {
        this.size = size;
        this.values = values;
    }

    /** A matrix holding a copy of {@code values}, stored row by row ({@code size * size} values). */
    public static ConnectomeMatrix ofRowMajor(int size, double[] values) {
        if (size < 0 || values.length != (long) size * size) {
            throw new IllegalArgumentException(values.length + " values do not make a " + size + " x " + size
                    + " matrix");
        }
        return new ConnectomeMatrix(size, values.clone());
    }

    /** A matrix holding a copy of square {@code rows}. */
    public static ConnectomeMatrix of(double[][] rows) {
        int n = rows.length;
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + n);
            }
            System.arraycopy(rows[i], 0, v, i * n, n);
        }
        return new ConnectomeMatrix(n, v);
    }

    /** Number of regions (rows, equal to columns). */
    public int size() {
        return size;
    }

    /** The weight between the regions at rows {@code row} and {@code column} (0-based). */
    public double get(int row, int column) {
        if (row < 0 || row >= size || column < 0 || column >= size) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside " + size + " x " + size);
        }
        return values[row * size + column];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        return Arrays.copyOfRange(values, row * size, (row + 1) * size);
    }

    /** A copy of the values, row by row. */
    public double[] toRowMajor() {
        return values.clone();
    }

    /** A copy as an array of rows. */
    public double[][] toArray() {
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = row(i);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectomeMatrix m && m.size == size && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ConnectomeMatrix[" + size + " x " + size + "]";
    }
}
