package org.glia.ui.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The editor input of a {@code .glia} document given by its file path (Glia has no workspace); persistable, so a
 * restarted workbench reopens the document.
 */
public final class GliaFileInput implements IPathEditorInput, IPersistableElement {

    /** The id of the element factory that recreates inputs from a memento. */
    public static final String FACTORY_ID = "org.glia.ui.network.inputFactory";
    /** The memento key holding the absolute path. */
    public static final String KEY_PATH = "path";

    private final Path file;

    /** The input of {@code file} (made absolute and normalised). */
    public GliaFileInput(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** The document's file. */
    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == Path.class ? adapter.cast(file) : null;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_PATH, file.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GliaFileInput g && g.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }

    @Override
    public String toString() {
        return "GliaFileInput[" + file + "]";
    }
}
