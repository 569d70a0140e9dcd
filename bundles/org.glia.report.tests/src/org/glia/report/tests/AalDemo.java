package org.glia.report.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glia.atlas.NiftiReader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.Region;
import org.glia.atlas.RegionCentroids;
import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;

/**
 * Writes the demo cohort as {@code glia demo-data OUT --seed 1} does (AAL cerebrum regions and centroids,
 * default settings, the label volume restricted to the cerebrum), through the public APIs of the atlas and
 * cohort bundles.
 */
final class AalDemo {

    private AalDemo() {
    }

    /** True when Debian's mricron-data (AAL) is installed. */
    static boolean available() {
        return SystemAtlases.hasAal();
    }

    /** Writes the demo cohort with {@code seed} into {@code dir}. */
    static Path write(Path dir, long seed) throws Exception {
        VolumeAtlas aal = SystemAtlases.aal(true);
        NiftiVolume volume = NiftiReader.read(aal.volume());
        Map<Integer, double[]> centroids = RegionCentroids.compute(volume, aal.labels());
        List<DemoRegion> regions = new ArrayList<>();
        for (Region r : aal.labels().regions()) {
            double[] c = centroids.get(r.index());
            regions.add(new DemoRegion(r.index(), r.name(), r.hemisphere(), c[0], c[1], c[2], r.rgb()));
        }
        int[] labels = volume.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            if (aal.labels().rowOf(labels[i]).isEmpty()) {
                labels[i] = 0;
            }
        }
        new DemoCohortGenerator(regions, DemoSettings.defaults()).write(seed, dir,
                NiftiVolume.ofInts(volume.header(), labels), null);
        return dir;
    }
}
