package org.glia.ui.network.internal.graph;

import java.util.Arrays;

/**
 * The {@code k} largest values offered to each of several slots, with the index that came with each; ties keep
 * the index offered first, so the choice is deterministic.
 */
final class TopK {

    private final int k;
    private final double[] values;
    private final int[] indices;
    private final int[] counts;

    /** Room for {@code slots} slots of {@code k} entries. */
    TopK(int slots, int k) {
        this.k = k;
        values = new double[slots * k];
        indices = new int[slots * k];
        counts = new int[slots];
    }

    /** Forgets every slot's entries. */
    void clear() {
        Arrays.fill(counts, 0);
    }

    /** Offers {@code value} (with {@code index}) to {@code slot}; kept when among the slot's k largest so far. */
    void offer(int slot, double value, int index) {
        int base = slot * k;
        int c = counts[slot];
        if (c == k && !(value > values[base + k - 1])) {
            return;
        }
        int pos = c == k ? k - 1 : c;
        while (pos > 0 && value > values[base + pos - 1]) {
            values[base + pos] = values[base + pos - 1];
            indices[base + pos] = indices[base + pos - 1];
            pos--;
        }
        values[base + pos] = value;
        indices[base + pos] = index;
        if (c < k) {
            counts[slot] = c + 1;
        }
    }

    /** Number of entries of {@code slot}. */
    int count(int slot) {
        return counts[slot];
    }

    /** The index of the {@code i}-th largest entry of {@code slot}. */
    int index(int slot, int i) {
        return indices[slot * k + i];
    }
}
