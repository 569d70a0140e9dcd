package org.glia.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.glia.ui.RegionSelection;

/** Lets the Properties view show a selected region (plugin.xml registers it for {@link RegionSelection}). */
public final class RegionAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof RegionSelection r) {
            return adapterType.cast(new RegionPropertySource(r));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }
}
