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
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        ResourceSet set = domain.getResourceSet();
        GliaDocument.configure(set);
        return domain;
    }
}
