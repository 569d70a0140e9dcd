package org.glia.ui.brain;

import java.util.Objects;

/**
 * A difference map the brain view shows instead of a single map: the picked node's map of {@code a} minus that
 * of {@code b}, drawn with the diverging colour map.
 *
 * @param kind what {@code a} and {@code b} name
 * @param a    the first operand: a subject id, a class (diagnosis) name or a model version id
 * @param b    the second operand, of the same kind
 */
public record Comparison(Kind kind, String a, String b) {

    /** What the two operands of a comparison are. */
    public enum Kind {
        /** Two subjects of the cohort, by id, with the open model. */
        SUBJECTS,
        /** Two classes (diagnoses): the mean maps over their subjects, with the open model. */
        CLASSES,
        /** Two model versions of the study, by id, each on the current subject or class. */
        VERSIONS
    }

    /** Checks the values. */
    public Comparison {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    /** Subject {@code a} minus subject {@code b}. */
    public static Comparison subjects(String a, String b) {
        return new Comparison(Kind.SUBJECTS, a, b);
    }

    /** The mean map of class {@code a} minus that of class {@code b}. */
    public static Comparison classes(String a, String b) {
        return new Comparison(Kind.CLASSES, a, b);
    }

    /** Version {@code a}'s map minus version {@code b}'s, both for the current subject or class. */
    public static Comparison versions(String a, String b) {
        return new Comparison(Kind.VERSIONS, a, b);
    }
}
