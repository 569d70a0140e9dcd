package org.glia.ui.internal.views;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.glia.ui.internal.Messages;

/** The network editor's input while no model is open; not persisted, so a restart does not restore it. */
public final class NoModelInput implements IEditorInput {

    /** The only instance. */
    public static final NoModelInput INSTANCE = new NoModelInput();

    private NoModelInput() {
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return Messages.noModelTitle;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.noModelTooltip;
    }
}
