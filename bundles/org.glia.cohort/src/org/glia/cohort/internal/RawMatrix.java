package org.glia.cohort.internal;

/**
 * A matrix cut from a file, not yet validated: any shape, any values.
 *
 * @param rows    number of rows
 * @param columns number of columns
 * @param values  the values row by row
 */
public record RawMatrix(int rows, int columns, double[] values) {

    /** The value at a 0-based position. */
    public double get(int row, int column) {
        return values[row * columns + column];
    }
}
