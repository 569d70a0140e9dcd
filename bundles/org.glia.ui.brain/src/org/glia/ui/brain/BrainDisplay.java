package org.glia.ui.brain;

import java.util.Objects;

import org.glia.core.color.ValueMapping;
import org.glia.render.BrainScene;
import org.glia.render.ThresholdMode;
import org.glia.explain.AttributionMethods;

/**
 * How the brain view draws a map, as the Controls view sets it: the value mapping (its curve, gamma and an
 * optional clamp range), the threshold and what happens below it, the global opacity, how many of the top
 * regions are named, and the attribution method that computes the map.
 *
 * @param kind      the mapping curve
 * @param gamma     the exponent of a gamma mapping (positive)
 * @param min       the value mapped to the colour map's low end, NaN to fit it to the map's values
 * @param max       the value mapped to the high end, NaN to fit it
 * @param threshold regions below it are drawn as glass or hidden; NaN turns it off
 * @param mode      glass or hide below the threshold
 * @param opacity   the whole brain's opacity, 0..1
 * @param topK      how many of the largest regions are named (in the view and in exported images)
 * @param method    the id of the attribution method ({@link AttributionMethods})
 */
public record BrainDisplay(ValueMapping.Kind kind, double gamma, double min, double max, double threshold,
        ThresholdMode mode, double opacity, int topK, String method) {

    /** Linear and fitted, no threshold, opaque, five names, the paper's method. */
    public static final BrainDisplay DEFAULT = new BrainDisplay(ValueMapping.Kind.LINEAR, 1, Double.NaN, Double.NaN,
            Double.NaN, ThresholdMode.GLASS, 1, 5, AttributionMethods.PAPER);

    /** Checks the values. */
    public BrainDisplay {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(method, "method");
        if (!(gamma > 0) || !Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("top-k must not be negative, got " + topK);
        }
    }

    /**
     * Applies these settings to a scene holding a map: the mapping of this kind fitted to the scene's values,
     * then clamped to [min, max] where given and valid (an invalid clamp, e.g. min &ge; max or a log mapping
     * below zero, keeps the fitted range), then threshold and opacity.
     */
    public void applyTo(BrainScene scene) {
        ValueMapping seed = kind == ValueMapping.Kind.LOG ? ValueMapping.log(1, 10)
                : new ValueMapping(kind, 0, 1, gamma);
        scene.setMapping(seed);
        scene.fitMapping();
        ValueMapping fitted = new ValueMapping(kind, scene.mapping().min(), scene.mapping().max(), gamma);
        double lo = Double.isNaN(min) ? fitted.min() : min;
        double hi = Double.isNaN(max) ? fitted.max() : max;
        try {
            scene.setMapping(new ValueMapping(kind, lo, hi, gamma));
        } catch (IllegalArgumentException e) {
            scene.setMapping(fitted);
        }
        scene.setThreshold(threshold, mode);
        scene.setOpacity(opacity);
    }
}
