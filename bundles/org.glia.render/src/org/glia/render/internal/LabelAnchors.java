package org.glia.render.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where to pin region labels so that they point at the regions as drawn: the projected centroid
 * when the region is visible there, else the visible pixel nearest the middle of the region's visible
 * pixels; regions of which too little shows are passed over for the next ones.
 */
public final class LabelAnchors {

    private LabelAnchors() {
    }

    /**
     * Anchors (x, y in pixels of the id image) for the first {@code k} regions of {@code ranked} that
     * cover at least {@code minPixels} pixels, in ranked order.
     *
     * @param ids       region index per pixel, -1 for background, top row first
     * @param centroids projected centroid (x, y) per ranked region
     */
    public static Map<Integer, double[]> find(int[] ids, int width, int height, List<Integer> ranked,
            Map<Integer, double[]> centroids, int minPixels, int k) {
        Map<Integer, double[]> sums = new HashMap<>();
        ranked.forEach(i -> sums.put(i, new double[3]));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double[] s = sums.get(ids[y * width + x]);
                if (s != null) {
                    s[0] += x;
                    s[1] += y;
                    s[2]++;
                }
            }
        }
        Map<Integer, double[]> anchors = new LinkedHashMap<>();
        for (int index : ranked) {
            double[] s = sums.get(index);
            if (anchors.size() == k) {
                break;
            }
            if (s[2] < minPixels) {
                continue;
            }
            double[] c = centroids.get(index);
            int cx = (int) Math.floor(c[0]);
            int cy = (int) Math.floor(c[1]);
            if (cx >= 0 && cy >= 0 && cx < width && cy < height && ids[cy * width + cx] == index) {
                anchors.put(index, c.clone());
            } else {
                anchors.put(index, nearest(ids, width, height, index, s[0] / s[2], s[1] / s[2]));
            }
        }
        return anchors;
    }

    private static double[] nearest(int[] ids, int width, int height, int index, double mx, double my) {
        double best = Double.POSITIVE_INFINITY;
        double[] at = {mx, my};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ids[y * width + x] == index) {
                    double d = (x - mx) * (x - mx) + (y - my) * (y - my);
                    if (d < best) {
                        best = d;
                        at = new double[] {x + 0.5, y + 0.5};
                    }
                }
            }
        }
        return at;
    }
}
