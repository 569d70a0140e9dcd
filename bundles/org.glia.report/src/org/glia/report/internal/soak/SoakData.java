package org.glia.report.internal.soak;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.SystemAtlases;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.demo.AalDemoAtlas;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoSettings;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.report.internal.AnalysisData;

/**
 * The subjects a soak run trains on: the demo cohort (HC vs AD on AAL, with its atlas for rendering) when AAL is
 * installed, otherwise a small synthetic problem without an atlas (the render step is then skipped).
 *
 * @param x           raw features, one row per subject
 * @param y           class index per subject
 * @param classes     class names
 * @param regions     region (feature) names
 * @param cohort      the loaded cohort with its atlas, or null for synthetic data
 * @param description one line saying what the data is
 */
public record SoakData(double[][] x, int[] y, List<String> classes, List<String> regions, Cohort cohort,
        String description) {

    /** The classes trained, as in the paper's main experiment. */
    static final List<String> CLASSES = List.of("HC", "AD");

    /** The demo cohort written into {@code dir} when AAL is installed, else {@link #synthetic}. */
    public static SoakData prepare(long seed, Path dir, IProgressMonitor monitor)
            throws DataException, IOException, UsageException {
        if (!SystemAtlases.hasAal()) {
            return synthetic(seed, 90, 31, 31);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Demo cohort", 3);
        // the cerebrum's regions and the volume restricted to them, as demo-data writes them
        AalDemoAtlas atlas = AalDemoAtlas.load(SystemAtlases.aal(true));
        progress.split(1);
        new DemoCohortGenerator(atlas.regions(), DemoSettings.defaults()).write(seed, dir, atlas.volume(),
                progress.split(1));
        Cohort cohort = CohortLoader.load(dir, progress.split(1));
        AnalysisData data = AnalysisData.select(cohort, CLASSES, 0);
        return new SoakData(data.x(), data.y(), data.classes(), data.regions(), cohort,
                "demo cohort (seed " + seed + "), " + String.join(" vs ", data.classes()) + ", " + data.subjects()
                        + " subjects, " + data.regions().size() + " AAL regions");
    }

    /**
     * Seeded synthetic subjects: fibre-density-like features around 5 of which the first tenth move with the class;
     * no atlas.
     */
    public static SoakData synthetic(long seed, int regionCount, int healthy, int patients) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = healthy + patients;
        double[][] x = new double[n][regionCount];
        int[] y = new int[n];
        for (int s = 0; s < n; s++) {
            y[s] = s < healthy ? 0 : 1;
            for (int f = 0; f < regionCount; f++) {
                x[s][f] = 5 + r.nextGaussian() - (y[s] == 1 && f < Math.max(1, regionCount / 10) ? 0.6 : 0);
            }
        }
        List<String> names = new ArrayList<>();
        for (int f = 0; f < regionCount; f++) {
            names.add("Region_" + (f + 1));
        }
        return new SoakData(x, y, CLASSES, List.copyOf(names), null, "synthetic data (seed " + seed + "), HC vs AD, "
                + n + " subjects, " + regionCount + " regions, no atlas");
    }
}
