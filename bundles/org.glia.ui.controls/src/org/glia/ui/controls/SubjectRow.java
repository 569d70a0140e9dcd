package org.glia.ui.controls;

/**
 * A subject of a cohort with its diagnosis and what the model predicts for it: a line of the Controls view's
 * subject picker and of the cohort table.
 *
 * @param id          the subject id
 * @param diagnosis   its diagnosis as the cohort records it
 * @param prediction  the predicted class name, or null when the model cannot read the subject's features
 * @param probability the model's probability of that class (NaN without a prediction)
 * @param features    the subject's raw input features (the network standardises them itself)
 */
public record SubjectRow(String id, String diagnosis, String prediction, double probability, double[] features) {

    /** True when the model's prediction matches the diagnosis. */
    public boolean correct() {
        return prediction != null && prediction.equals(diagnosis);
    }
}
