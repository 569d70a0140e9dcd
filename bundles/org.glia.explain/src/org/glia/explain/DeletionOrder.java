package org.glia.explain;

/** The order in which ROI deletion removes regions. */
public enum DeletionOrder {
    /** Most relevant first: largest attribution first. */
    MORF,
    /** Least relevant first: smallest attribution first. */
    LERF,
    /** A seeded random permutation, the same for every method. */
    RANDOM
}
