package org.glia.core.color;

import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/** A colour map read from one {@code colormap} element of the {@code org.glia.core.colormaps} extension point. */
record ContributedColorMap(String id, String name, boolean diverging, ColorMap delegate) implements ColorMap {

    /** Reads the element: a {@code class} implementing {@link ColorMap}, or {@code stop} children. */
    static ColorMap of(IConfigurationElement e) throws CoreException {
        String id = required(e, "id").toLowerCase(Locale.ROOT);
        String name = required(e, "name");
        boolean diverging = Boolean.parseBoolean(e.getAttribute("diverging"));
        if (e.getAttribute("class") != null) {
            Object o = e.createExecutableExtension("class");
            if (!(o instanceof ColorMap m)) {
                throw new IllegalArgumentException(e.getAttribute("class") + " is not a ColorMap");
            }
            return m.id().equals(id) && m.name().equals(name) && m.diverging() == diverging ? m
                    : new ContributedColorMap(id, name, diverging, m);
        }
        IConfigurationElement[] stops = e.getChildren("stop");
        double[] positions = new double[stops.length];
        int[] colours = new int[stops.length];
        for (int i = 0; i < stops.length; i++) {
            positions[i] = Double.parseDouble(required(stops[i], "position"));
            colours[i] = parseColour(required(stops[i], "color"));
        }
        return new ColorRamp(id, name, diverging, positions, colours);
    }

    @Override
    public int rgb(double t) {
        return delegate.rgb(t);
    }

    /** Parses {@code #RRGGBB}. */
    static int parseColour(String s) {
        String hex = s.trim();
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #RRGGBB, got '" + s + "'");
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static String required(IConfigurationElement e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing attribute '" + attribute + "'");
        }
        return v;
    }
}
