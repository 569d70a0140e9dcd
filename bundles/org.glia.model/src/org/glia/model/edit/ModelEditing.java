package org.glia.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.glia.model.io.GliaDocument;

/** Creates the editing domain (command stack and resource set) on which Glia edits run. */
public final class ModelEditing {

    private ModelEditing() {
    }

    /**
     * A new editing domain with a {@link BasicCommandStack} and a resource set that reads and writes
     * {@code .glia} documents.
     */
    public static EditingDomain createDomain() {
        return createDomain(new BasicCommandStack());
    }

    /**
     * A new editing domain whose stack keeps at most {@code undoLimit} commands for undo, as the editor uses it
     * ({@link BoundedCommandStack}).
     */
    public static EditingDomain createDomain(int undoLimit) {
        return createDomain(new BoundedCommandStack(undoLimit));
    }

    private static EditingDomain createDomain(BasicCommandStack stack) {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack);
        ResourceSet set = domain.getResourceSet();
        GliaDocument.configure(set);
        return domain;
    }
}
