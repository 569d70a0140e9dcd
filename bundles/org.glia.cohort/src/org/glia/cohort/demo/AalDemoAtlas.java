package org.glia.cohort.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glia.atlas.NiftiReader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.Region;
import org.glia.atlas.RegionCentroids;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.io.DataException;

/**
 * The demo's regions taken from AAL's cerebrum (labels 1..90) with their world centroids and colours, and
 * the AAL volume restricted to those labels (cerebellum and vermis, 91..116, set to background) so that
 * atlas.nii.gz and labels.tsv agree.
 *
 * @param regions the demo regions in label order
 * @param volume  the restricted label volume
 */
public record AalDemoAtlas(List<DemoRegion> regions, NiftiVolume volume) {

    /** Reads the atlas volume of {@code aal} (its table already restricted to the cerebrum). */
    public static AalDemoAtlas load(VolumeAtlas aal) throws DataException {
        NiftiVolume v = NiftiReader.read(aal.volume());
        Map<Integer, double[]> centroids = RegionCentroids.compute(v, aal.labels());
        List<DemoRegion> regions = new ArrayList<>();
        for (Region r : aal.labels().regions()) {
            double[] c = centroids.get(r.index());
            if (c == null) {
                throw new DataException(aal.volume(), "AAL region " + r.index() + " (" + r.name() + ") has no voxel");
            }
            regions.add(new DemoRegion(r.index(), r.name(), r.hemisphere(), c[0], c[1], c[2], r.rgb()));
        }
        int[] labels = v.labels().clone();
        for (int i = 0; i < labels.length; i++) {
            if (aal.labels().rowOf(labels[i]).isEmpty()) {
                labels[i] = 0;
            }
        }
        return new AalDemoAtlas(regions, NiftiVolume.ofInts(v.header(), labels));
    }
}
