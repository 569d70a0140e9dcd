package org.glia.ui.cohort.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of the distribution plot: a range padded around the data and ticks at round steps (1, 2 or 5
 * times a power of ten), three to seven of them.
 *
 * @param min the axis' low end
 * @param max the axis' high end
 */
public record PlotScale(double min, double max) {

    /** An axis holding every value of {@code stats} with 5 % room on either side. */
    public static PlotScale of(List<ClassStats> stats) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ClassStats s : stats) {
            if (s.n() > 0) {
                lo = Math.min(lo, s.values()[0]);
                hi = Math.max(hi, s.values()[s.n() - 1]);
            }
        }
        if (lo > hi) {
            return new PlotScale(0, 1);
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new PlotScale(lo - pad, hi + pad);
        }
        double pad = (hi - lo) * 0.05;
        return new PlotScale(lo - pad, hi + pad);
    }

    /** Where {@code v} lies between the ends, 0 at {@link #min} and 1 at {@link #max}. */
    public double position(double v) {
        return (v - min) / (max - min);
    }

    /** Round tick values inside the range, three to seven of them. */
    public List<Double> ticks() {
        double raw = (max - min) / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }
}
