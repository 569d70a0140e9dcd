package org.glia.ui.brain.tests;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.glia.ui.RegionSelection;
import org.glia.ui.RegionSelectionProvider;

/**
 * A stand-in for the views that select regions (region table, heatmap) in UI tests: a view whose workbench
 * selection the test sets to a {@link RegionSelection}.
 */
public final class RegionSourceView extends ViewPart {

    /** The view's id (contributed by this test bundle's plugin.xml). */
    public static final String ID = "org.glia.ui.brain.tests.regionSource";

    private final RegionSelectionProvider selection = new RegionSelectionProvider();
    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText("regions");
        getSite().setSelectionProvider(selection);
    }

    /** Selects a region, as a click on its row would. */
    public void select(RegionSelection r) {
        selection.setSelection(new StructuredSelection(r));
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
