package org.glia.ui.network.internal.editor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.glia.ui.network.GliaFileInput;

/** Recreates a {@link GliaFileInput} from the memento the workbench saved at shutdown. */
public final class GliaFileInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(GliaFileInput.KEY_PATH);
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            return new GliaFileInput(Path.of(path));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
