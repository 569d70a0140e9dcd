package org.glia.core.color;

import java.util.Arrays;
import java.util.Objects;

/**
 * A colour map given by colour stops at increasing positions from 0 to 1, interpolated linearly in sRGB
 * between neighbouring stops.
 */
public final class ColorRamp implements ColorMap {

    private final String id;
    private final String name;
    private final boolean diverging;
    private final double[] positions;
    private final int[] colours;

    /**
     * A ramp through the stops {@code positions[i] -> colours[i]} (0xRRGGBB).
     *
     * @throws IllegalArgumentException unless there are at least two stops, the first at 0, the last at 1,
     *                                  positions strictly increasing, colours within 0..0xFFFFFF
     */
    public ColorRamp(String id, String name, boolean diverging, double[] positions, int[] colours) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.diverging = diverging;
        this.positions = positions.clone();
        this.colours = colours.clone();
        int n = positions.length;
        if (n < 2 || colours.length != n) {
            throw new IllegalArgumentException(id + ": need at least two stops with one colour each");
        }
        if (positions[0] != 0 || positions[n - 1] != 1) {
            throw new IllegalArgumentException(id + ": stops must start at 0 and end at 1");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && !(positions[i] > positions[i - 1])) {
                throw new IllegalArgumentException(id + ": stop positions must increase");
            }
            if (colours[i] < 0 || colours[i] > 0xFFFFFF) {
                throw new IllegalArgumentException(id + ": colour out of range at stop " + i);
            }
        }
    }

    /** A ramp of evenly spaced stops. */
    public static ColorRamp even(String id, String name, boolean diverging, int... colours) {
        double[] p = new double[colours.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = i == p.length - 1 ? 1.0 : (double) i / (p.length - 1);
        }
        return new ColorRamp(id, name, diverging, p, colours);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean diverging() {
        return diverging;
    }

    @Override
    public int rgb(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        int hi = Arrays.binarySearch(positions, x);
        if (hi >= 0) {
            return colours[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double f = (x - positions[lo]) / (positions[hi] - positions[lo]);
        int a = colours[lo];
        int b = colours[hi];
        return mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f) << 16 | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8
                | mix(a & 0xFF, b & 0xFF, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** The stop positions (a copy). */
    public double[] positions() {
        return positions.clone();
    }

    /** The stop colours (a copy). */
    public int[] colours() {
        return colours.clone();
    }

    @Override
    public String toString() {
        return "ColorRamp[" + id + ", " + positions.length + " stops]";
    }
}
