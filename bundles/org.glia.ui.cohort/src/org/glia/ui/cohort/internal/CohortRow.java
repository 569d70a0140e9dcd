package org.glia.ui.cohort.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.glia.cohort.Subject;
import org.glia.ui.controls.SubjectRow;

/**
 * One line of the cohort table: a subject with its diagnosis, mean degree and (with a model open) the model's
 * prediction. Adapts to its {@link Subject}, which is how other views (the Controls view) recognise a selected
 * subject.
 *
 * @param index      the subject's position in the cohort
 * @param subject    the subject
 * @param meanDegree the mean over regions of its weighted degree (node strength)
 * @param predicted  its line of the subject picker: prediction and probability (none without a usable model)
 */
public record CohortRow(int index, Subject subject, double meanDegree, SubjectRow predicted) implements IAdaptable {

    /** The subject's id. */
    public String id() {
        return subject.id();
    }

    /** The subject's diagnosis. */
    public String diagnosis() {
        return subject.diagnosis();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == Subject.class ? adapter.cast(subject) : null;
    }
}
