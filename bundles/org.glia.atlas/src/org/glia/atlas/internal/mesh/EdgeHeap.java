package org.glia.atlas.internal.mesh;

import java.util.Arrays;

/**
 * A binary min-heap of candidate edge collapses (cost, u, v, and the versions of u and v when queued);
 * ties are broken by (u, v) so the order, and hence the result, is deterministic. A 4-ary heap of entry
 * numbers with their costs inline: the entries themselves stay put, and sifting reads memory in order.
 */
final class EdgeHeap {

    private int[] u = new int[1024];
    private int[] v = new int[1024];
    private int[] stampU = new int[1024];
    private int[] stampV = new int[1024];
    private int[] heap = new int[1024];
    private double[] key = new double[1024];
    private int[] free = new int[1024];
    private int entries;
    private int freeCount;
    private int size;

    /** Queues a candidate. */
    void push(double c, int a, int b, int sa, int sb) {
        int e = freeCount > 0 ? free[--freeCount] : newEntry();
        u[e] = a;
        v[e] = b;
        stampU[e] = sa;
        stampV[e] = sb;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            key = Arrays.copyOf(key, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >> 2;
            if (!less(c, e, key[parent], heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            key[i] = key[parent];
            i = parent;
        }
        heap[i] = e;
        key[i] = c;
    }

    private int newEntry() {
        if (entries == u.length) {
            int n = entries * 2;
            u = Arrays.copyOf(u, n);
            v = Arrays.copyOf(v, n);
            stampU = Arrays.copyOf(stampU, n);
            stampV = Arrays.copyOf(stampV, n);
        }
        return entries++;
    }

    /** Forgets every candidate. */
    void clear() {
        size = 0;
        entries = 0;
        freeCount = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int topU() {
        return u[heap[0]];
    }

    int topV() {
        return v[heap[0]];
    }

    int topStampU() {
        return stampU[heap[0]];
    }

    int topStampV() {
        return stampV[heap[0]];
    }

    /** Removes the cheapest candidate. */
    void pop() {
        int top = heap[0];
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = top;
        int last = heap[--size];
        double lastKey = key[size];
        if (size == 0) {
            return;
        }
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int m = first;
            int stop = Math.min(first + 4, size);
            for (int c = first + 1; c < stop; c++) {
                if (less(key[c], heap[c], key[m], heap[m])) {
                    m = c;
                }
            }
            if (!less(key[m], heap[m], lastKey, last)) {
                break;
            }
            heap[i] = heap[m];
            key[i] = key[m];
            i = m;
        }
        heap[i] = last;
        key[i] = lastKey;
    }

    private boolean less(double ca, int a, double cb, int b) {
        if (ca != cb) {
            return ca < cb;
        }
        return u[a] != u[b] ? u[a] < u[b] : v[a] < v[b];
    }
}
