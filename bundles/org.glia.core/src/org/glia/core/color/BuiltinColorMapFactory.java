package org.glia.core.color;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;

/**
 * Lets {@code plugin.xml} contribute a built-in colour map by id:
 * {@code class="org.glia.core.color.BuiltinColorMapFactory:viridis"}.
 */
public final class BuiltinColorMapFactory implements IExecutableExtensionFactory, IExecutableExtension {

    private String id;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        id = data instanceof String s ? s.trim() : null;
    }

    @Override
    public Object create() throws CoreException {
        return BuiltinColorMaps.byId(id).orElseThrow(() -> new CoreException(Status.error(
                "no built-in colour map '" + id + "'; known: viridis, inferno, hot, coolwarm, grayscale")));
    }
}
