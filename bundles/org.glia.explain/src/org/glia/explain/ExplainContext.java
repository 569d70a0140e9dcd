package org.glia.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link AttributionMethod} may need besides the network and the input: the training mean (the
 * baseline of occlusion, integrated gradients and ROI deletion), the paper rule's policy, method options
 * and a place to report side figures. Immutable; the {@code with...} methods return modified copies.
 */
public final class ExplainContext {

    /** Default number of integration steps of integrated gradients. */
    public static final int DEFAULT_IG_STEPS = 64;
    /** Default stabiliser of LRP-epsilon. */
    public static final double DEFAULT_LRP_EPSILON = 1e-2;

    private final double[] trainingMean;
    private final ImportancePolicy policy;
    private final int igSteps;
    private final double lrpEpsilon;
    private final boolean parallel;
    private final Diagnostics diagnostics;
    private final Map<String, String> options;

    private ExplainContext(double[] trainingMean, ImportancePolicy policy, int igSteps, double lrpEpsilon,
            boolean parallel, Diagnostics diagnostics, Map<String, String> options) {
        this.trainingMean = trainingMean;
        this.policy = policy;
        this.igSteps = igSteps;
        this.lrpEpsilon = lrpEpsilon;
        this.parallel = parallel;
        this.diagnostics = diagnostics;
        this.options = options;
    }

    /** A context without a training mean (methods that need one refuse to run) and default options. */
    public static ExplainContext defaults() {
        return new ExplainContext(null, ImportancePolicy.DEFAULT, DEFAULT_IG_STEPS, DEFAULT_LRP_EPSILON, true,
                Diagnostics.discard(), Map.of());
    }

    /** A context with the given training mean (copied) and default options. */
    public static ExplainContext of(double[] trainingMean) {
        return defaults().withTrainingMean(trainingMean);
    }

    /** A copy with another training mean (copied; {@code null} for none). */
    public ExplainContext withTrainingMean(double[] mean) {
        return new ExplainContext(mean == null ? null : mean.clone(), policy, igSteps, lrpEpsilon, parallel,
                diagnostics, options);
    }

    /** A copy with another policy for the paper rule (also used by LRP-z+ for zero denominators). */
    public ExplainContext withPolicy(ImportancePolicy p) {
        return new ExplainContext(trainingMean, Objects.requireNonNull(p), igSteps, lrpEpsilon, parallel,
                diagnostics, options);
    }

    /** A copy with another number of integrated-gradient steps (at least 1). */
    public ExplainContext withIgSteps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("integrated gradients needs at least one step, got " + steps);
        }
        return new ExplainContext(trainingMean, policy, steps, lrpEpsilon, parallel, diagnostics, options);
    }

    /** A copy with another LRP-epsilon stabiliser (not negative). */
    public ExplainContext withLrpEpsilon(double epsilon) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("LRP epsilon must be finite and >= 0, got " + epsilon);
        }
        return new ExplainContext(trainingMean, policy, igSteps, epsilon, parallel, diagnostics, options);
    }

    /** A copy that may ({@code true}) or may not use several threads; results are identical either way. */
    public ExplainContext withParallel(boolean p) {
        return new ExplainContext(trainingMean, policy, igSteps, lrpEpsilon, p, diagnostics, options);
    }

    /** A copy reporting side figures to {@code d}. */
    public ExplainContext withDiagnostics(Diagnostics d) {
        return new ExplainContext(trainingMean, policy, igSteps, lrpEpsilon, parallel, Objects.requireNonNull(d),
                options);
    }

    /** A copy with one free-form option set, for methods contributed by third parties. */
    public ExplainContext withOption(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return new ExplainContext(trainingMean, policy, igSteps, lrpEpsilon, parallel, diagnostics, Map.copyOf(copy));
    }

    /** True when a training mean is set. */
    public boolean hasTrainingMean() {
        return trainingMean != null;
    }

    /**
     * The training mean of every input feature (not copied: callers must not modify it).
     *
     * @throws IllegalStateException when none was set
     */
    public double[] trainingMean() {
        if (trainingMean == null) {
            throw new IllegalStateException("this method needs the training mean of the inputs, and none was given");
        }
        return trainingMean;
    }

    /** The training mean, checked to have {@code n} features. */
    public double[] trainingMean(int n) {
        double[] m = trainingMean();
        if (m.length != n) {
            throw new IllegalArgumentException("the training mean has " + m.length + " features but the network has "
                    + n + " inputs");
        }
        return m;
    }

    /** The paper rule's policy. */
    public ImportancePolicy policy() {
        return policy;
    }

    /** Number of integration steps of integrated gradients. */
    public int igSteps() {
        return igSteps;
    }

    /** Stabiliser of LRP-epsilon. */
    public double lrpEpsilon() {
        return lrpEpsilon;
    }

    /** True when methods may use several threads. */
    public boolean parallel() {
        return parallel;
    }

    /** Where methods report side figures. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** A free-form option, or {@code fallback}. */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
