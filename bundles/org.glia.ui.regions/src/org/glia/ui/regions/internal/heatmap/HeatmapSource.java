package org.glia.ui.regions.internal.heatmap;

import java.util.Objects;

/**
 * Whose inputs the heatmap's values come from: one subject, the mean over the subjects of one class, or (class
 * columns only) each class's column from that class's own subjects, as in the paper's Figure 5.
 *
 * @param kind which of the three
 * @param name the subject id or the class name; empty for {@link Kind#OWN_CLASS}
 */
public record HeatmapSource(Kind kind, String name) {

    /** Whose inputs. */
    public enum Kind {
        /** One subject. */
        SUBJECT,
        /** The mean over the subjects of one class. */
        CLASS,
        /** Class columns: each class's mean over its own subjects. */
        OWN_CLASS
    }

    /** Checks. */
    public HeatmapSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** One subject. */
    public static HeatmapSource subject(String id) {
        return new HeatmapSource(Kind.SUBJECT, id);
    }

    /** The mean over a class. */
    public static HeatmapSource ofClass(String diagnosis) {
        return new HeatmapSource(Kind.CLASS, diagnosis);
    }

    /** Each class column from its own class's subjects. */
    public static HeatmapSource ownClass() {
        return new HeatmapSource(Kind.OWN_CLASS, "");
    }

    /** For saved state: "subject:ID", "class:NAME" or "own". */
    public String key() {
        return switch (kind) {
            case SUBJECT -> "subject:" + name;
            case CLASS -> "class:" + name;
            case OWN_CLASS -> "own";
        };
    }

    /** Reads {@link #key()}; null for anything else. */
    public static HeatmapSource parse(String key) {
        if (key == null) {
            return null;
        }
        if (key.equals("own")) {
            return ownClass();
        }
        if (key.startsWith("subject:")) {
            return subject(key.substring(8));
        }
        if (key.startsWith("class:")) {
            return ofClass(key.substring(6));
        }
        return null;
    }
}
