package org.glia.train.internal;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent loop iterations on all cores when the loop is big enough to pay for it.
 * <p>
 * Each iteration writes only its own outputs and sums in a fixed order, so results are bit-identical whatever the
 * number of threads: parallelism never changes the arithmetic.
 */
final class Parallel {

    /** Multiply-adds below which a loop stays on the calling thread. */
    private static final long THRESHOLD = 1L << 17;

    private Parallel() {
    }

    static void forEach(int n, long work, IntConsumer body) {
        if (work < THRESHOLD || n < 2) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
        } else {
            IntStream.range(0, n).parallel().forEach(body);
        }
    }
}
