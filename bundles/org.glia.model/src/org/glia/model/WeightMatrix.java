package org.glia.model;

import org.eclipse.emf.ecore.EObject;

/**
 * The incoming weights of a layer as one dense row-major matrix: row {@code i} holds the weights from every node
 * of the layer below into node {@code i}, so {@code W_ij = values[i * cols + j]}.
 * <p>
 * The values are a transient attribute: the {@code .glia} document keeps them in its binary part, never as XMI.
 * Writes in place ({@link #set}, {@link #setRow}, {@link #setColumn}) send a {@link WeightsChanged} notification
 * for the {@code values} feature; a reshape ({@link #reshape}) sends one notification per feature, {@code values}
 * last, so the matrix is consistent once that one arrives.
 */
public interface WeightMatrix extends EObject {

    /** Number of rows: the nodes of the layer owning the matrix. */
    int getRows();

    /** Sets {@link #getRows()}; prefer {@link #reshape}. */
    void setRows(int value);

    /** Number of columns: the nodes of the layer below. */
    int getCols();

    /** Sets {@link #getCols()}; prefer {@link #reshape}. */
    void setCols(int value);

    /** The live row-major array ({@code rows * cols}); callers must not write to it — use the setters. */
    double[] getValues();

    /** Replaces the array without copying it; prefer {@link #reshape}. */
    void setValues(double[] value);

    /** The weight into node {@code row} from node {@code col} of the layer below. */
    double get(int row, int col);

    /** Writes one weight in place and notifies. */
    void set(int row, int col, double value);

    /** A copy of row {@code row}: the incoming weights of one node. */
    double[] getRow(int row);

    /** Writes row {@code row} in place and notifies. */
    void setRow(int row, double[] values);

    /** A copy of column {@code col}: the outgoing weights of one node of the layer below. */
    double[] getColumn(int col);

    /** Writes column {@code col} in place and notifies. */
    void setColumn(int col, double[] values);

    /** Replaces shape and values at once, keeping {@code values} without copying. */
    void reshape(int rows, int cols, double[] values);
}
