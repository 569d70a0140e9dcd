package org.glia.render;

/** What happens to regions whose value falls below the threshold. */
public enum ThresholdMode {
    /** Drawn as faint grey glass, so the regions above the threshold stand out and stay in context. */
    GLASS,
    /** Not drawn at all. */
    HIDE
}
