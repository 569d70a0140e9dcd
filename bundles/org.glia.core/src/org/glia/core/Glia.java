package org.glia.core;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** Facts about the running Glia installation. */
public final class Glia {

    /** The core bundle's symbolic name. */
    public static final String CORE_BUNDLE = "org.glia.core";

    private Glia() {
    }

    /** The product version, e.g. {@code 0.1.0.202611280430}; "development" outside OSGi. */
    public static String version() {
        Bundle bundle = Platform.getBundle(CORE_BUNDLE);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }
}
