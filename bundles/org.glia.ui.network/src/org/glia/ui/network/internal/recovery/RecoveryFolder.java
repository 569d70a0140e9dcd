package org.glia.ui.network.internal.recovery;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Where recovery copies live: {@code recovery} in this bundle's state location under the workbench's instance
 * location, or {@code ~/.glia/recovery} without one; the system property {@value #PROPERTY} overrides both.
 */
final class RecoveryFolder {

    /** System property naming the recovery folder. */
    static final String PROPERTY = "glia.recovery.dir";

    private RecoveryFolder() {
    }

    static Path find() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        try {
            Location instance = Platform.getInstanceLocation();
            Bundle bundle = FrameworkUtil.getBundle(RecoveryFolder.class);
            if (instance != null && instance.isSet() && !instance.isReadOnly() && bundle != null) {
                return Platform.getStateLocation(bundle).toFile().toPath().resolve("recovery");
            }
        } catch (RuntimeException e) {
            // no usable instance location (e.g. -data @none): the per-user folder below
        }
        return Path.of(System.getProperty("user.home"), ".glia", "recovery");
    }
}
