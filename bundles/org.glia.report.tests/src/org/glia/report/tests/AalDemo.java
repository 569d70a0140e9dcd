package org.glia.report.tests;

import java.nio.file.Path;

import org.glia.atlas.SystemAtlases;
import org.glia.cohort.demo.AalDemoAtlas;
import org.glia.cohort.demo.DemoCohortGenerator;
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
        AalDemoAtlas atlas = AalDemoAtlas.load(SystemAtlases.aal(true));
        new DemoCohortGenerator(atlas.regions(), DemoSettings.defaults()).write(seed, dir, atlas.volume(), null);
        return dir;
    }
}
