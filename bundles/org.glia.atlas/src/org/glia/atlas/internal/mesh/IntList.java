package org.glia.atlas.internal.mesh;

import java.util.Arrays;

/** A growable list of ints without boxing, for building meshes. */
public final class IntList {

    private int[] data;
    private int size;

    /** An empty list with room for {@code capacity} values. */
    public IntList(int capacity) {
        data = new int[Math.max(capacity, 16)];
    }

    /** Appends a value. */
    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    /** Appends three values. */
    public void add3(int a, int b, int c) {
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

    /** The values as a new array of exactly {@link #size()}. */
    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
