package org.glia.ui.internal.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.glia.ui.internal.Messages;

/**
 * The network editor (the paper's network structure window). Until a model document is open it shows the
 * empty state; it accepts only {@link NoModelInput} for now.
 */
public final class NetworkEditor extends EditorPart {

    private EmptyState empty;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof NoModelInput)) {
            throw new PartInitException("The network editor cannot open " + input.getName() + " yet.");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        empty = new EmptyState(parent, SWT.NONE, Messages.emptyNetwork, Messages.emptyNetworkHint);
    }

    @Override
    public void setFocus() {
        empty.setFocus();
    }

    /** The empty-state message currently shown (tests read it). */
    public String shownMessage() {
        return empty.message();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save while no model is open
    }

    @Override
    public void doSaveAs() {
        // nothing to save while no model is open
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
