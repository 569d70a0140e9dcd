package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Cohort view: the cohort's subjects and diagnoses. */
public final class CohortView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyCohort;
    }
}
