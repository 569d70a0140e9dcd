package org.glia.core.color;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The colour maps known to Glia: those contributed to {@code org.glia.core.colormaps} when running in OSGi,
 * otherwise (plain Java, tests) the {@link BuiltinColorMaps}. The built-ins are always present.
 */
public final class ColorMaps {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.glia.core.colormaps";

    /** The id of the default map. */
    public static final String DEFAULT_ID = "viridis";

    private static volatile List<ColorMap> cache;

    private ColorMaps() {
    }

    /** Every map: the built-ins first in their order, then contributed ones in contribution order. */
    public static List<ColorMap> all() {
        List<ColorMap> maps = cache;
        if (maps == null) {
            maps = load(RegistryFactory.getRegistry());
            cache = maps;
        }
        return maps;
    }

    /** The map with this id, if known. */
    public static Optional<ColorMap> find(String id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The map with this id.
     *
     * @throws IllegalArgumentException naming the known ids when there is none
     */
    public static ColorMap get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown colour map '" + id + "'; known: " + String.join(", ", ids())));
    }

    /** The ids of {@link #all()}, in order. */
    public static List<String> ids() {
        return all().stream().map(ColorMap::id).toList();
    }

    /** The default map (viridis). */
    public static ColorMap defaultMap() {
        return get(DEFAULT_ID);
    }

    /** Reads the contributions of a registry ({@code null}: none); faulty ones are logged and skipped. */
    static List<ColorMap> load(IExtensionRegistry registry) {
        Map<String, ColorMap> byId = new LinkedHashMap<>();
        BuiltinColorMaps.all().forEach(m -> byId.put(m.id(), m));
        if (registry != null) {
            for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                try {
                    ColorMap m = ContributedColorMap.of(e);
                    byId.putIfAbsent(m.id(), m);
                } catch (CoreException | RuntimeException ex) {
                    ILog.of(ColorMaps.class).error("colour map '" + e.getAttribute("id") + "' contributed by "
                            + e.getContributor().getName() + " is skipped: " + ex.getMessage(), ex);
                }
            }
        }
        return List.copyOf(new ArrayList<>(byId.values()));
    }
}
