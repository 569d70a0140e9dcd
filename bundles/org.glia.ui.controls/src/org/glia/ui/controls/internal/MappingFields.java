package org.glia.ui.controls.internal;

import java.util.Objects;

import org.eclipse.ui.IMemento;
import org.glia.core.color.ValueMapping;

/**
 * The fields of one intensity mapping as the user left them (texts as typed, even unfinished ones), so a restart
 * shows exactly what was there.
 *
 * @param kind  the chosen curve
 * @param gamma the gamma field's text
 * @param min   the clamp-min field's text (blank: automatic)
 * @param max   the clamp-max field's text (blank: automatic)
 */
public record MappingFields(ValueMapping.Kind kind, String gamma, String min, String max) {

    /** Linear, gamma 1, automatic range. */
    public static final MappingFields AUTO = new MappingFields(ValueMapping.Kind.LINEAR, "1", "", "");

    /** Checks and normalises (null texts become blank). */
    public MappingFields {
        Objects.requireNonNull(kind, "kind");
        gamma = gamma == null ? "" : gamma;
        min = min == null ? "" : min;
        max = max == null ? "" : max;
    }

    /** Writes the fields into a child {@code tag} of {@code memento}. */
    void save(IMemento memento, String tag) {
        IMemento m = memento.createChild(tag);
        m.putString("curve", kind.name());
        m.putString("gamma", gamma);
        m.putString("min", min);
        m.putString("max", max);
    }

    /** Reads the child {@code tag} of {@code memento}; {@code fallback} where it is missing or unreadable. */
    static MappingFields load(IMemento memento, String tag, MappingFields fallback) {
        IMemento m = memento == null ? null : memento.getChild(tag);
        if (m == null) {
            return fallback;
        }
        return new MappingFields(ControlsState.enumOf(ValueMapping.Kind.class, m.getString("curve"), fallback.kind()),
                text(m, "gamma", fallback.gamma()), text(m, "min", fallback.min()), text(m, "max", fallback.max()));
    }

    private static String text(IMemento m, String key, String fallback) {
        String v = m.getString(key);
        return v == null ? fallback : v;
    }
}
