package org.glia.ui.brain.internal;

import java.util.Objects;

/**
 * Whose importance the brain shows for the picked node: one subject's, or the mean over the subjects of one
 * class (diagnosis).
 *
 * @param subjectClass true for a class mean, false for one subject
 * @param name         the subject id, or the class name
 */
public record MapSource(boolean subjectClass, String name) {

    /** Checks the name. */
    public MapSource {
        Objects.requireNonNull(name, "name");
    }

    /** One subject's map. */
    public static MapSource subject(String id) {
        return new MapSource(false, id);
    }

    /** The mean map over the subjects of a class. */
    public static MapSource ofClass(String diagnosis) {
        return new MapSource(true, diagnosis);
    }

    /** For titles: "subject S01" or "class AD (mean)". */
    public String describe() {
        return subjectClass ? Messages.bind(Messages.sourceClass, name) : Messages.bind(Messages.sourceSubject, name);
    }
}
