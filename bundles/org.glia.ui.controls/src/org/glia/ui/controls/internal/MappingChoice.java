package org.glia.ui.controls.internal;

import java.util.Locale;
import java.util.Objects;

import org.glia.core.color.ValueMapping;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;

/**
 * One intensity mapping as chosen in the Controls view: a curve, its gamma and an optional clamp range (NaN:
 * fitted to the data).
 *
 * @param kind  linear, log or gamma
 * @param gamma the exponent of a gamma curve (positive)
 * @param min   the clamp's low end, NaN for automatic
 * @param max   the clamp's high end, NaN for automatic
 */
public record MappingChoice(ValueMapping.Kind kind, double gamma, double min, double max) {

    /** Linear and automatic. */
    public static final MappingChoice AUTO = new MappingChoice(ValueMapping.Kind.LINEAR, 1, Double.NaN, Double.NaN);

    /** Checks the values. */
    public MappingChoice {
        Objects.requireNonNull(kind, "kind");
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException(Messages.bind(Messages.badGamma, gamma));
        }
    }

    /** True when neither the curve nor the range was chosen (the views then decide). */
    public boolean automatic() {
        return kind == ValueMapping.Kind.LINEAR && Double.isNaN(min) && Double.isNaN(max);
    }

    /**
     * The network editor's |weight| mapping: null when automatic (linear per layer pair), else this curve over
     * the clamp range, whose missing ends come from the network's |weights| (the smallest positive one for a
     * log curve, else 0; the largest).
     *
     * @throws IllegalArgumentException when the range is empty or not positive for a log curve (the message says so)
     */
    public ValueMapping edgeMapping(Mlp net) {
        if (automatic()) {
            return null;
        }
        double largest = 0;
        double smallestPositive = Double.POSITIVE_INFINITY;
        for (DenseLayer layer : net.layers()) {
            for (double w : layer.weightsView()) {
                double a = Math.abs(w);
                largest = Math.max(largest, a);
                if (a > 0) {
                    smallestPositive = Math.min(smallestPositive, a);
                }
            }
        }
        double lo = Double.isNaN(min) ? kind == ValueMapping.Kind.LOG ? smallestPositive : 0 : min;
        double hi = Double.isNaN(max) ? largest : max;
        return new ValueMapping(kind, lo, hi, gamma);
    }

    /**
     * Reads a number typed in a field: blank is NaN (automatic, or off); otherwise a decimal number.
     *
     * @throws NumberFormatException with the text in its message when it is not a number
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(t.replace(',', '.'));
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(t);
        }
        return v;
    }

    /** A number for a field: blank for NaN, else a short decimal. */
    public static String format(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(?=$|e)", "");
    }
}
