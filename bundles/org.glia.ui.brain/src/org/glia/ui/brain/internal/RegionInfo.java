package org.glia.ui.brain.internal;

import org.glia.render.BrainScene;
import org.glia.ui.RegionSelection;

/** Describes a region of a scene for the tooltip and the status line: name, value and rank. */
public final class RegionInfo {

    private RegionInfo() {
    }

    /**
     * The region as a selection: its rank is its place among the regions with a value, largest first (by
     * magnitude for a diverging map), 0 when it has no value.
     */
    public static RegionSelection of(BrainScene scene, int index) {
        double v = scene.value(index);
        int rank = 0;
        int ranked = 0;
        if (!Double.isNaN(v)) {
            boolean signed = scene.colorMap().diverging();
            double key = signed ? Math.abs(v) : v;
            rank = 1;
            for (int other : scene.regionIndices()) {
                double o = scene.value(other);
                if (Double.isNaN(o)) {
                    continue;
                }
                ranked++;
                double ok = signed ? Math.abs(o) : o;
                if (ok > key || ok == key && other < index) {
                    rank++;
                }
            }
        }
        return new RegionSelection(index, scene.name(index), v, rank, ranked);
    }

    /** One line: "Hippocampus_L: 0.0123 (rank 3 of 90)", or "Hippocampus_L" without a value. */
    public static String text(RegionSelection r) {
        if (Double.isNaN(r.value())) {
            return r.name();
        }
        return Messages.bind(Messages.regionLine, new Object[] {r.name(), Numbers.format(r.value()), r.rank(), r.of()});
    }
}
