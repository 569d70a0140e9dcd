package org.glia.atlas.internal.mesh;

import java.util.Arrays;

/** A growable list of doubles without boxing, for building meshes. */
public final class DoubleList {

    private double[] data;
    private int size;

    /** An empty list with room for {@code capacity} values. */
    public DoubleList(int capacity) {
        data = new double[Math.max(capacity, 16)];
    }

    /** Appends three values (a point). */
    public void add3(double a, double b, double c) {
        if (size + 3 > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + 3));
        }
        data[size++] = a;
        data[size++] = b;
        data[size++] = c;
    }

    /** Number of values. */
    public int size() {
        return size;
    }

    /** The backing array (valid up to {@link #size()}; replaced when the list grows). */
    public double[] toArrayView() {
        return data;
    }

    /** The values as a new array of exactly {@link #size()}. */
    public double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
