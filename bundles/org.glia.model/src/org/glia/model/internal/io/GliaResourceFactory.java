package org.glia.model.internal.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link GliaResourceImpl}s; registered for the {@code glia} extension. */
public class GliaResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new GliaResourceImpl(uri);
    }
}
