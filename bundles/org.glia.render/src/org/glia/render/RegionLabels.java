package org.glia.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glia.render.internal.LabelAnchors;

/**
 * Which regions of a frame get their names and where they are pinned: the placement shared by the live labels
 * of the brain view ({@link LabelOverlay}) and the labels of exported pictures ({@link BrainImages}).
 */
public final class RegionLabels {

    /**
     * A label: the region, its name and the pixel it points at (top-left origin, in the frame's pixels).
     *
     * @param index the region's label index
     * @param name  the region's name
     * @param x     the anchor's column
     * @param y     the anchor's row
     */
    public record Placed(int index, String name, double x, double y) {
    }

    private RegionLabels() {
    }

    /**
     * The labels of the {@code k} highest-ranked regions ({@link BrainScene#topRegions}) that can be seen in a
     * frame, pinned to their visible parts: the projected centroid when the region shows there, else the visible
     * pixel nearest the middle of what shows; a region of which too little shows gives way to the next one.
     *
     * @param ids the region under every pixel of the frame (label index, -1 for the background), top row first,
     *            as {@link BrainRenderer#regionIds()} gives it; the frame is the camera's viewport
     */
    public static List<Placed> place(BrainScene scene, Camera camera, int[] ids, int k) {
        int width = camera.width();
        int height = camera.height();
        List<Integer> ranked = k <= 0 ? List.of() : scene.topRegions(Integer.MAX_VALUE);
        if (ranked.isEmpty() || ids.length != width * height) {
            return List.of();
        }
        Map<Integer, double[]> centroids = new HashMap<>();
        for (int index : ranked) {
            double[] c = scene.centroid(index).orElseThrow();
            centroids.put(index, camera.project(c[0], c[1], c[2]));
        }
        int minPixels = Math.max(4, width * height / 4000);
        List<Placed> out = new ArrayList<>();
        LabelAnchors.find(ids, width, height, ranked, centroids, minPixels, k)
                .forEach((index, p) -> out.add(new Placed(index, scene.name(index), p[0], p[1])));
        return out;
    }

    /**
     * The same labels pinned to their regions' projected centroids as this camera sees them: cheap, for frames
     * drawn while the user drags (no region image is read), until the next full frame places them again.
     */
    public static List<Placed> follow(List<Placed> labels, BrainScene scene, Camera camera) {
        List<Placed> out = new ArrayList<>();
        for (Placed l : labels) {
            scene.centroid(l.index()).ifPresent(c -> {
                double[] p = camera.project(c[0], c[1], c[2]);
                out.add(new Placed(l.index(), l.name(), p[0], p[1]));
            });
        }
        return out;
    }
}
