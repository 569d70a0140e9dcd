package org.glia.ui.network.tests;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A view for the UI tests that makes whatever it is given the workbench selection, as the brain view or the region
 * table does when the user picks a region.
 */
public final class RegionSourceView extends ViewPart {

    /** The view's id (contributed by this test bundle's plugin.xml). */
    public static final String ID = "org.glia.ui.network.tests.regionSource";

    private final Provider provider = new Provider();
    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        label.setText("Selects regions for the network editor tests");
        getSite().setSelectionProvider(provider);
    }

    /** Makes {@code selection} this view's selection and tells the workbench. */
    public void select(ISelection selection) {
        provider.setSelection(selection);
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }

    /** A plain selection provider. */
    private static final class Provider implements ISelectionProvider {

        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void setSelection(ISelection s) {
            selection = s;
            SelectionChangedEvent e = new SelectionChangedEvent(this, s);
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }
    }
}
