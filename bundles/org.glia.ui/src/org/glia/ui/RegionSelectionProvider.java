package org.glia.ui;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A view's selection as the workbench sees it: the picked region as a {@link RegionSelection}, or nothing. A
 * region shown because another part selected it is set quietly, so it is not announced back to that part.
 */
public final class RegionSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) {
        listeners.add(l);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) {
        listeners.remove(l);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Selects and announces (null or empty: nothing). */
    @Override
    public void setSelection(ISelection s) {
        selection = s == null ? StructuredSelection.EMPTY : s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
    }

    /** Selects a region (null: nothing) and announces it. */
    public void select(RegionSelection region) {
        setSelection(region == null ? StructuredSelection.EMPTY : new StructuredSelection(region));
    }

    /** Selects a region without telling anyone (it came from another part). */
    public void setQuietly(RegionSelection region) {
        selection = region == null ? StructuredSelection.EMPTY : new StructuredSelection(region);
    }

    /** The selected region, or null. */
    public RegionSelection region() {
        return first(selection);
    }

    /** The region in a selection, or null. */
    public static RegionSelection first(ISelection s) {
        return s instanceof IStructuredSelection ss && ss.getFirstElement() instanceof RegionSelection r ? r : null;
    }
}
