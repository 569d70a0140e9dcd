package org.glia.render.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.RegionLook;

/**
 * The order in which a frame draws its regions: opaque ones first, front to back by the depth of their
 * centroids (so the depth test rejects hidden pixels before they are shaded, which is what costs in software
 * GL), then the translucent ones back to front, so blending composes correctly for regions that do not
 * interpenetrate.
 *
 * @param opaque      opaque regions, nearest first
 * @param translucent translucent regions, farthest first
 */
public record DrawList(List<Entry> opaque, List<Entry> translucent) {

    /** One region to draw with its look. */
    public record Entry(int index, RegionLook look) {
    }

    /** Sorts the scene's visible regions for this camera. */
    public static DrawList of(BrainScene scene, Camera camera) {
        List<Sorted> opaque = new ArrayList<>();
        List<Sorted> translucent = new ArrayList<>();
        for (int index : scene.regionIndices()) {
            RegionLook look = scene.look(index);
            if (!look.visible()) {
                continue;
            }
            double[] c = scene.centroid(index).orElseThrow();
            Sorted e = new Sorted(new Entry(index, look), camera.depth(c[0], c[1], c[2]));
            (look.translucent() ? translucent : opaque).add(e);
        }
        opaque.sort(Comparator.comparingDouble(Sorted::depth));
        translucent.sort(Comparator.comparingDouble(Sorted::depth).reversed());
        return new DrawList(opaque.stream().map(Sorted::entry).toList(), translucent.stream().map(Sorted::entry).toList());
    }

    /** An entry with its centroid's depth, for sorting. */
    private record Sorted(Entry entry, double depth) {
    }
}
