package org.glia.cohort;

import java.util.Arrays;

/**
 * The numbers a {@link ConnectomeReader} found in a file, before they are cut into matrices and
 * validated: a 1-, 2- or 3-dimensional array stored in C order (last index fastest).
 */
public final class NumericArray {

    private final int[] shape;
    private final double[] values;
    private final SubjectAxis subjectAxisHint;

    /**
     * An array of the given shape.
     *
     * @param shape           1 to 3 non-negative extents
     * @param values          the values in C order (not copied: readers hand over their buffer)
     * @param subjectAxisHint which axis holds subjects when the shape alone cannot tell (e.g. 83 x 83 x 83):
     *                        the file format's habit, MATLAB {@link SubjectAxis#LAST}, NumPy
     *                        {@link SubjectAxis#FIRST}
     */
    public NumericArray(int[] shape, double[] values, SubjectAxis subjectAxisHint) {
        if (shape.length < 1 || shape.length > 3) {
            throw new IllegalArgumentException("1 to 3 dimensions expected, got " + shape.length);
        }
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative extent in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException(values.length + " values for shape " + Arrays.toString(shape));
        }
        this.shape = shape.clone();
        this.values = values;
        this.subjectAxisHint = subjectAxisHint;
    }

    /** A 2-D array of {@code rows x columns} values stored row by row. */
    public static NumericArray ofRows(int rows, int columns, double[] values) {
        return new NumericArray(new int[] {rows, columns}, values, SubjectAxis.FIRST);
    }

    /** The extents, outermost first. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions (1 to 3). */
    public int dimensions() {
        return shape.length;
    }

    /** Extent of one axis. */
    public int extent(int axis) {
        return shape[axis];
    }

    /** Number of values. */
    public int length() {
        return values.length;
    }

    /** The value at a C-order (flat) position. */
    public double at(int flatIndex) {
        return values[flatIndex];
    }

    /** The file format's habit for the subject axis, used only when the shape is ambiguous. */
    public SubjectAxis subjectAxisHint() {
        return subjectAxisHint;
    }

    /** The shape as text, e.g. "3486 x 95". */
    public String shapeText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : " x ").append(shape[i]);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "NumericArray[" + shapeText() + "]";
    }
}
