package org.glia.train.eval;

/**
 * A per-feature affine standardisation {@code (x - shift) / scale}, fitted on training subjects and applied to
 * any subject; the network stores it as its input shift and scale. A scale of {@code +Infinity} drops a feature
 * (it becomes 0 for every subject), as standardisers do with features constant over the training subjects.
 *
 * @param shift per feature, subtracted (finite)
 * @param scale per feature, divided by (non-zero, not NaN; {@code +Infinity} drops the feature)
 */
public record FeatureScaling(double[] shift, double[] scale) {

    /** Checks the lengths and copies. */
    public FeatureScaling {
        if (shift.length != scale.length) {
            throw new IllegalArgumentException(shift.length + " shifts but " + scale.length + " scales");
        }
        for (int i = 0; i < scale.length; i++) {
            if (!Double.isFinite(shift[i]) || scale[i] == 0 || Double.isNaN(scale[i]) || scale[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("feature " + i + " cannot be scaled with shift " + shift[i]
                        + " and scale " + scale[i]);
            }
        }
        shift = shift.clone();
        scale = scale.clone();
    }

    /** The scaling that changes nothing, for {@code features} features. */
    public static FeatureScaling identity(int features) {
        double[] one = new double[features];
        java.util.Arrays.fill(one, 1);
        return new FeatureScaling(new double[features], one);
    }

    /**
     * The z-score scaling from per-feature means and standard deviations; a standard deviation of 0 drops the
     * feature. Adapts any standardiser, e.g. {@code x -> FeatureScaling.of(mean(x), sd(x))}.
     */
    public static FeatureScaling of(double[] mean, double[] sd) {
        double[] scale = new double[sd.length];
        for (int i = 0; i < sd.length; i++) {
            scale[i] = sd[i] == 0 ? Double.POSITIVE_INFINITY : sd[i];
        }
        return new FeatureScaling(mean, scale);
    }

    /** {@code x} scaled (new arrays). */
    public double[][] apply(double[][] x) {
        double[][] r = new double[x.length][];
        for (int s = 0; s < x.length; s++) {
            r[s] = apply(x[s]);
        }
        return r;
    }

    /** One subject scaled (a new array). */
    public double[] apply(double[] x) {
        if (x.length != shift.length) {
            throw new IllegalArgumentException("expected " + shift.length + " features, got " + x.length);
        }
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // a dropped feature is exactly 0, not -0.0 for values below the shift
            r[i] = scale[i] == Double.POSITIVE_INFINITY ? 0 : (x[i] - shift[i]) / scale[i];
        }
        return r;
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }
}
