package org.glia.ui.cohort;

/** Identifiers of the cohort view and its command, for other bundles, perspectives and tests. */
public final class CohortUi {

    /** The cohort view (subjects, diagnoses, feature distributions per class). */
    public static final String VIEW_ID = "org.glia.ui.views.cohort";
    /** Command: choose a cohort folder and show it in the cohort view. */
    public static final String CMD_OPEN_COHORT = "org.glia.ui.cohort.openCohort";
    /** Parameter of {@link #CMD_OPEN_COHORT}: the folder (no dialog when given). */
    public static final String PARAM_FOLDER = "org.glia.ui.cohort.folder";

    private CohortUi() {
    }
}
