package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Training view: loss and accuracy curves, folds and confusion matrix. */
public final class TrainingView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyTraining;
    }
}
