package org.glia.core.color;

import java.util.Locale;
import java.util.Objects;

/**
 * How data values become colour-map positions in [0, 1]: values are clamped to [min, max], then mapped
 * linearly, logarithmically or through a gamma curve. NaN stays NaN (the caller draws "no value").
 *
 * @param kind  the curve
 * @param min   the value mapped to 0 (for {@link Kind#LOG} it must be positive)
 * @param max   the value mapped to 1; greater than min
 * @param gamma the exponent of {@link Kind#GAMMA} ({@code t^gamma}; below 1 spreads the low values);
 *              positive; ignored by the other kinds
 */
public record ValueMapping(Kind kind, double min, double max, double gamma) {

    /** The curve of a mapping. */
    public enum Kind {
        /** {@code (v - min) / (max - min)}. */
        LINEAR,
        /** {@code log(v / min) / log(max / min)}, for values spanning orders of magnitude. */
        LOG,
        /** The linear position raised to {@code gamma}. */
        GAMMA
    }

    /** Checks the values. */
    public ValueMapping {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("need finite min < max, got " + min + " and " + max);
        }
        if (kind == Kind.LOG && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic mapping needs min > 0, got " + min);
        }
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma);
        }
    }

    /** A linear mapping of [min, max]. */
    public static ValueMapping linear(double min, double max) {
        return new ValueMapping(Kind.LINEAR, min, max, 1);
    }

    /** A logarithmic mapping of [min, max], min > 0. */
    public static ValueMapping log(double min, double max) {
        return new ValueMapping(Kind.LOG, min, max, 1);
    }

    /** A gamma mapping of [min, max]. */
    public static ValueMapping gamma(double min, double max, double gamma) {
        return new ValueMapping(Kind.GAMMA, min, max, gamma);
    }

    /**
     * A linear mapping over the finite values given (NaN and infinities ignored); when they are all equal
     * or absent the range is widened to keep min < max.
     */
    public static ValueMapping linearOver(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return linear(0, 1);
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
            return linear(lo - pad, hi + pad);
        }
        return linear(lo, hi);
    }

    /** This mapping with another range. */
    public ValueMapping withRange(double newMin, double newMax) {
        return new ValueMapping(kind, newMin, newMax, gamma);
    }

    /** The position of {@code v} in [0, 1] (clamped); NaN for NaN. */
    public double map(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        double c = Math.max(min, Math.min(max, v));
        return switch (kind) {
            case LINEAR -> (c - min) / (max - min);
            case LOG -> Math.log(c / min) / Math.log(max / min);
            case GAMMA -> Math.pow((c - min) / (max - min), gamma);
        };
    }

    /**
     * The position of a signed value for a diverging map: 0.5 at 0, 0 at {@code -L} and 1 at {@code +L},
     * where {@code L = max(|min|, |max|)}; the magnitude is shaped by the kind (LINEAR: |v|/L; GAMMA:
     * (|v|/L)^gamma; LOG: log(|v|/m)/log(L/m) for |v| above {@code m = min}, the magnitude below which values
     * count as 0; for LINEAR and GAMMA a positive min is ignored). NaN for NaN.
     */
    public double mapSigned(double v) {
        if (Double.isNaN(v)) {
            return Double.NaN;
        }
        double limit = Math.max(Math.abs(min), Math.abs(max));
        double a = Math.min(Math.abs(v), limit) / limit;
        double shaped = switch (kind) {
            case LINEAR -> a;
            case GAMMA -> Math.pow(a, gamma);
            case LOG -> a * limit <= min ? 0 : Math.log(a * limit / min) / Math.log(limit / min);
        };
        return 0.5 + Math.copySign(shaped, v) * 0.5;
    }

    /** The value that {@link #map(double)} takes to position {@code t} (t clamped), for colour-bar ticks. */
    public double inverse(double t) {
        double x = Math.max(0, Math.min(1, t));
        return switch (kind) {
            case LINEAR -> min + x * (max - min);
            case LOG -> min * Math.pow(max / min, x);
            case GAMMA -> min + Math.pow(x, 1 / gamma) * (max - min);
        };
    }

    /** The signed value that {@link #mapSigned(double)} takes to position {@code t} (t clamped). */
    public double inverseSigned(double t) {
        double s = 2 * (Math.max(0, Math.min(1, t)) - 0.5);
        double a = Math.abs(s);
        double limit = Math.max(Math.abs(min), Math.abs(max));
        double magnitude = switch (kind) {
            case LINEAR -> a * limit;
            case GAMMA -> Math.pow(a, 1 / gamma) * limit;
            case LOG -> a == 0 ? 0 : min * Math.pow(limit / min, a);
        };
        return Math.copySign(magnitude, s);
    }

    /** The name shown next to a colour bar, e.g. "linear", "log", "gamma 0.5". */
    public String label() {
        return switch (kind) {
            case LINEAR -> "linear";
            case LOG -> "log";
            case GAMMA -> String.format(Locale.ROOT, "gamma %s", trim(gamma));
        };
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.3f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
