package org.glia.dl4j.internal;

import org.nd4j.common.config.ND4JClassLoading;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts the DL4J library bundle: points ND4J's backend discovery at this bundle's class loader.
 * <p>
 * ND4J looks its CPU backend up through the thread context class loader, which inside OSGi is not the
 * loader that sees the embedded jars; without this the first ND4J call fails with
 * {@code NoAvailableBackendException}.
 */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ND4JClassLoading.setNd4jClassloader(Activator.class.getClassLoader());
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to release: ND4J's native memory is freed with the process
    }
}
