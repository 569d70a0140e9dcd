package org.glia.cohort.internal.readers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.glia.cohort.ConnectomeReader;
import org.glia.cohort.ConnectomeReaders;
import org.glia.cohort.ConnectomeReaders.Entry;

/**
 * Finds the contributed matrix readers: the extension registry when running in OSGi, the built-in list
 * otherwise. This is the only class that touches the registry.
 */
public final class ReaderRegistry {

    private ReaderRegistry() {
    }

    /** The contributed readers, or {@link #builtIn()} when no extension registry is running. */
    public static List<Entry> load() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return builtIn();
        }
        List<Entry> entries = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(ConnectomeReaders.EXTENSION_POINT)) {
            if (!"reader".equals(e.getName())) {
                continue;
            }
            try {
                Object reader = e.createExecutableExtension("class");
                if (!(reader instanceof ConnectomeReader r)) {
                    throw new ClassCastException(reader.getClass().getName() + " is not a ConnectomeReader");
                }
                List<String> exts = Arrays.asList(String.valueOf(e.getAttribute("extensions")).split("[,\\s]+"));
                entries.add(new Entry(e.getAttribute("id"), e.getAttribute("name"), exts, r));
            } catch (CoreException | RuntimeException ex) {
                // A broken contribution from some lab bundle must not stop the others from loading.
                ILog.get().error("Matrix reader " + e.getAttribute("id") + " from " + e.getContributor().getName()
                        + " skipped: " + ex.getMessage(), ex);
            }
        }
        return entries;
    }

    /** The readers this bundle contributes in its plugin.xml, for use outside OSGi. */
    public static List<Entry> builtIn() {
        return List.of(
                new Entry("org.glia.cohort.readers.csv", "CSV", List.of("csv"), new CsvReader()),
                new Entry("org.glia.cohort.readers.tsv", "TSV", List.of("tsv", "txt"), new TsvReader()),
                new Entry("org.glia.cohort.readers.mat", "MATLAB v5", List.of("mat"), new MatReader()),
                new Entry("org.glia.cohort.readers.npy", "NumPy", List.of("npy"), new NpyReader()));
    }
}
