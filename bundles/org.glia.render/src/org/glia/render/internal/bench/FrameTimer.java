package org.glia.render.internal.bench;

import static org.lwjgl.opengl.GL33C.glFinish;

import java.util.Arrays;

/** Times a GL action repeatedly, waiting for the GL to finish each time, and summarises the times. */
final class FrameTimer {

    /** Median, min and max in milliseconds. */
    record Stats(double median, double min, double max, int runs) {

        /** Frames per second at the median time. */
        double fps() {
            return 1000 / median;
        }
    }

    private FrameTimer() {
    }

    /** Runs {@code warmup} untimed rounds, then {@code runs} timed ones (action plus glFinish). */
    static Stats time(int warmup, int runs, Runnable action) {
        for (int i = 0; i < warmup; i++) {
            action.run();
            glFinish();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run();
            glFinish();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Stats(median, ms[0], ms[runs - 1], runs);
    }
}
