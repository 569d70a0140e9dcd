package org.glia.cohort.demo;

import java.util.List;

/**
 * A generated demo cohort in memory, as {@link DemoCohortGenerator#write} puts it on disk.
 *
 * @param regions  the regions, in matrix order
 * @param subjects the subjects: HC first, then MCI, then AD
 * @param settings the settings used
 * @param seed     the seed used
 * @param density  the fraction of region pairs connected in the base network
 */
public record DemoCohort(List<DemoRegion> regions, List<DemoSubject> subjects, DemoSettings settings, long seed,
        double density) {

    /** Freezes the lists. */
    public DemoCohort {
        regions = List.copyOf(regions);
        subjects = List.copyOf(subjects);
    }
}
