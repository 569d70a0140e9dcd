package org.glia.ui.brain.internal;

import org.glia.ui.brain.Comparison;

/** The heading of a map (colour bar, exported picture, announced map): which node, and whose map or what minus what. */
public final class MapTitles {

    /** Separates the parts of a heading; the colour bar puts each part on a line of its own. */
    public static final String SEPARATOR = " \u00b7 ";

    private MapTitles() {
    }

    /**
     * "Node 1:2 · subject S01", "Node 1:2 · class AD − class HC (means)", "Node 1:2 · version v2 − version v1 ·
     * class AD (mean)".
     */
    public static String heading(String nodeRef, MapSource source, Comparison c) {
        return Messages.bind(Messages.mapTitle, nodeRef, describe(source, c));
    }

    /** What a map is of: the source, or what minus what for a comparison (versions: on the source). */
    public static String describe(MapSource source, Comparison c) {
        if (c == null) {
            return source.describe();
        }
        return switch (c.kind()) {
            case SUBJECTS -> Messages.bind(Messages.diffSubjects, c.a(), c.b());
            case CLASSES -> Messages.bind(Messages.diffClasses, c.a(), c.b());
            case VERSIONS -> Messages.bind(Messages.diffVersions, c.a(), c.b()) + SEPARATOR + source.describe();
        };
    }
}
