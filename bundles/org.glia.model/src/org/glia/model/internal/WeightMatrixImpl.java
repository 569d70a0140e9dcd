package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.WEIGHT_MATRIX;
import static org.glia.model.GliaPackage.Literals.WEIGHT_MATRIX__COLS;
import static org.glia.model.GliaPackage.Literals.WEIGHT_MATRIX__ROWS;
import static org.glia.model.GliaPackage.Literals.WEIGHT_MATRIX__VALUES;

import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.WeightMatrix;
import org.glia.model.WeightsChanged;

/** The EMF implementation of {@link WeightMatrix}. */
public class WeightMatrixImpl extends GliaObject implements WeightMatrix {

    private static final double[] EMPTY = {};

    @Override
    protected EClass eStaticClass() {
        return WEIGHT_MATRIX;
    }

    @Override
    public int getRows() {
        return getInt(WEIGHT_MATRIX__ROWS);
    }

    @Override
    public void setRows(int value) {
        set(WEIGHT_MATRIX__ROWS, value);
    }

    @Override
    public int getCols() {
        return getInt(WEIGHT_MATRIX__COLS);
    }

    @Override
    public void setCols(int value) {
        set(WEIGHT_MATRIX__COLS, value);
    }

    @Override
    public double[] getValues() {
        double[] v = (double[]) get(WEIGHT_MATRIX__VALUES);
        return v == null ? EMPTY : v;
    }

    @Override
    public void setValues(double[] value) {
        set(WEIGHT_MATRIX__VALUES, value);
    }

    @Override
    public void reshape(int rows, int cols, double[] values) {
        if (rows < 0 || cols < 0 || (long) rows * cols != values.length) {
            throw new IllegalArgumentException("a " + rows + " x " + cols + " matrix cannot hold " + values.length
                    + " values");
        }
        setRows(rows);
        setCols(cols);
        setValues(values);
    }

    @Override
    public double get(int row, int col) {
        return getValues()[index(row, col)];
    }

    @Override
    public void set(int row, int col, double value) {
        int i = index(row, col);
        getValues()[i] = value;
        changed(i);
    }

    @Override
    public double[] getRow(int row) {
        int cols = getCols();
        double[] r = new double[cols];
        System.arraycopy(getValues(), index(row, 0), r, 0, cols);
        return r;
    }

    @Override
    public void setRow(int row, double[] values) {
        int cols = getCols();
        check(values, cols);
        System.arraycopy(values, 0, getValues(), index(row, 0), cols);
        changed(Notification.NO_INDEX);
    }

    @Override
    public double[] getColumn(int col) {
        int rows = getRows();
        int cols = getCols();
        Objects.checkIndex(col, cols);
        double[] v = getValues();
        double[] c = new double[rows];
        for (int i = 0; i < rows; i++) {
            c[i] = v[i * cols + col];
        }
        return c;
    }

    @Override
    public void setColumn(int col, double[] values) {
        int rows = getRows();
        int cols = getCols();
        Objects.checkIndex(col, cols);
        check(values, rows);
        double[] v = getValues();
        for (int i = 0; i < rows; i++) {
            v[i * cols + col] = values[i];
        }
        changed(Notification.NO_INDEX);
    }

    private int index(int row, int col) {
        Objects.checkIndex(row, getRows());
        int cols = getCols();
        Objects.checkIndex(col, cols);
        return row * cols + col;
    }

    private static void check(double[] values, int expected) {
        if (values.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " values, got " + values.length);
        }
    }

    private void changed(int index) {
        if (eNotificationRequired()) {
            eNotify(new WeightsChanged(this, index));
        }
    }

    @Override
    public String toString() {
        return "WeightMatrix[" + getRows() + " x " + getCols() + "]";
    }
}
