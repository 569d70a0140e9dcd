package org.glia.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Base of the Glia views that have nothing to show until a model, cohort or node is chosen: they say so
 * in one sentence instead of staying blank.
 */
public abstract class EmptyStateView extends ViewPart {

    private EmptyState empty;

    /** The sentence shown while the view has nothing to show. */
    protected abstract String emptyMessage();

    @Override
    public void createPartControl(Composite parent) {
        empty = new EmptyState(parent, SWT.NONE, emptyMessage(), null);
    }

    @Override
    public void setFocus() {
        empty.setFocus();
    }

    /** The empty-state message currently shown (tests read it). */
    public String shownMessage() {
        return empty.message();
    }
}
