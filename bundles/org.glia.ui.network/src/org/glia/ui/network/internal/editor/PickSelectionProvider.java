package org.glia.ui.network.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.glia.ui.network.NetworkPick;

/**
 * The network editor's selection provider: the picked node or edge as a one-element structured selection of
 * {@link NetworkPick} (empty when nothing is picked).
 */
public final class PickSelectionProvider implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final Consumer<NetworkPick> show;
    private IStructuredSelection selection = StructuredSelection.EMPTY;

    /** A provider that shows selections set from outside through {@code show} (e.g. on the canvas). */
    public PickSelectionProvider(Consumer<NetworkPick> show) {
        this.show = show;
    }

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

    /** The picked node or edge, or null. */
    public NetworkPick pick() {
        return selection.getFirstElement() instanceof NetworkPick p ? p : null;
    }

    /** Selects {@code selection}'s first {@link NetworkPick} (others are ignored) and shows it. */
    @Override
    public void setSelection(ISelection selection) {
        NetworkPick p = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof NetworkPick n ? n
                : null;
        show.accept(p);
        picked(p);
    }

    /** Tells the listeners that {@code pick} (null: nothing) is now selected. */
    public void picked(NetworkPick pick) {
        selection = pick == null ? StructuredSelection.EMPTY : new StructuredSelection(pick);
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }
}
