package org.glia.ui.training.internal.versions;

/**
 * One metric of two versions (means over folds, or training-set values) and its change.
 *
 * @param name the metric's name for the user
 * @param a    the first version's value (NaN when not recorded)
 * @param sdA  its standard deviation over folds (NaN without)
 * @param b    the second version's value
 * @param sdB  its standard deviation over folds
 */
public record MetricChange(String name, double a, double sdA, double b, double sdB) {

    /** {@code b - a}; NaN when either is undefined. */
    public double difference() {
        return b - a;
    }
}
