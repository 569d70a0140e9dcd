package org.glia.cohort.demo;

import java.util.List;

/**
 * The knobs of the demo generator; {@link #defaults()} gives the calibrated values documented in
 * docs/demo-cohort.md.
 *
 * @param healthy           number of HC subjects
 * @param mci               number of MCI subjects
 * @param ad                number of AD subjects
 * @param density           fraction of region pairs connected in the base network
 * @param probabilityScale  length (mm) over which connection probability decays by e
 * @param weightScale       length (mm) over which connection weight decays by e
 * @param homotopicWeight   mean weight of a homotopic (left-right twin) link
 * @param templateSpread    log-normal spread of base weights around the distance law
 * @param edgeNoise         log-normal spread of each subject's edge weights
 * @param regionNoise       log-normal spread of a subject's per-region factor (scales all its edges)
 * @param globalNoise       log-normal spread of a subject's whole-brain factor (scales all edges)
 * @param systemNoise       log-normal spread of a subject's factor shared by the planted regions (healthy
 *                          variation of the same limbic/temporal system, which makes the groups overlap and,
 *                          with the AD effect, sets the difficulty)
 * @param dropout           probability that a subject lacks a base edge
 * @param adEffect          fraction by which AD weakens each edge end at a planted region (severity 1)
 * @param mciFraction       MCI severity relative to AD
 * @param severitySpread    spread of the per-subject severity around 1 (AD) or mciFraction (MCI); the
 *                          severity is {@code max(0, 1 + severitySpread z)}, times mciFraction for MCI
 * @param plantedRegions    names of the regions whose edges the disease weakens
 */
public record DemoSettings(int healthy, int mci, int ad, double density, double probabilityScale,
        double weightScale, double homotopicWeight, double templateSpread, double edgeNoise, double regionNoise,
        double globalNoise, double systemNoise, double dropout, double adEffect, double mciFraction,
        double severitySpread, List<String> plantedRegions) {

    /**
     * AAL names of the planted regions: hippocampus, parahippocampal gyrus, amygdala, posterior cingulate,
     * precuneus, both temporal pole labels and inferior temporal gyrus, left and right.
     */
    public static final List<String> AAL_PLANTED = List.of(
            "Hippocampus_L", "Hippocampus_R", "ParaHippocampal_L", "ParaHippocampal_R", "Amygdala_L", "Amygdala_R",
            "Cingulum_Post_L", "Cingulum_Post_R", "Precuneus_L", "Precuneus_R", "Temporal_Pole_Sup_L",
            "Temporal_Pole_Sup_R", "Temporal_Pole_Mid_L", "Temporal_Pole_Mid_R", "Temporal_Inf_L", "Temporal_Inf_R");

    /** Copies the planted list. */
    public DemoSettings {
        plantedRegions = List.copyOf(plantedRegions);
    }

    /**
     * The calibrated defaults: 43 HC, 42 MCI, 19 AD as in the paper; AD effect 0.40, planted-system spread
     * 0.28, whole-brain 0.16, per region 0.04, per edge 0.10 (docs/demo-cohort.md, "Calibration").
     */
    public static DemoSettings defaults() {
        return new DemoSettings(43, 42, 19, 0.30, 20, 35, 0.35, 0.35, 0.10, 0.04, 0.16, 0.28, 0.05, 0.40, 0.5, 0.4,
                AAL_PLANTED);
    }

    /** The same settings with other group sizes. */
    public DemoSettings withGroups(int hc, int mciCount, int adCount) {
        return new DemoSettings(hc, mciCount, adCount, density, probabilityScale, weightScale, homotopicWeight,
                templateSpread, edgeNoise, regionNoise, globalNoise, systemNoise, dropout, adEffect, mciFraction,
                severitySpread, plantedRegions);
    }

    /** The same settings with another AD effect size. */
    public DemoSettings withAdEffect(double effect) {
        return new DemoSettings(healthy, mci, ad, density, probabilityScale, weightScale, homotopicWeight,
                templateSpread, edgeNoise, regionNoise, globalNoise, systemNoise, dropout, effect, mciFraction,
                severitySpread, plantedRegions);
    }

    /** The same settings with another spread of the planted system's healthy variation. */
    public DemoSettings withSystemNoise(double sigma) {
        return new DemoSettings(healthy, mci, ad, density, probabilityScale, weightScale, homotopicWeight,
                templateSpread, edgeNoise, regionNoise, globalNoise, sigma, dropout, adEffect, mciFraction,
                severitySpread, plantedRegions);
    }

    /** The same settings with other planted regions. */
    public DemoSettings withPlanted(List<String> names) {
        return new DemoSettings(healthy, mci, ad, density, probabilityScale, weightScale, homotopicWeight,
                templateSpread, edgeNoise, regionNoise, globalNoise, systemNoise, dropout, adEffect, mciFraction,
                severitySpread, names);
    }

    /** Total number of subjects. */
    public int subjects() {
        return healthy + mci + ad;
    }
}
