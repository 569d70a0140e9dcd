package org.glia.render.internal.cli;

import java.nio.file.Path;

import org.glia.core.color.ColorMap;
import org.glia.core.color.ValueMapping;
import org.glia.render.StandardView;
import org.glia.render.ThresholdMode;

/**
 * Everything {@code glia render} was asked for.
 *
 * @param cohort    the cohort directory (supplies labels and atlas)
 * @param map       the region map file (region,class,importance,rank)
 * @param className the class to show, or null for the file's only class
 * @param view      the standard view
 * @param out       the PNG to write
 * @param width     picture width
 * @param height    picture height
 * @param colorMap  the colour map
 * @param mapping   the mapping kind (its range is fitted to the values)
 * @param threshold the threshold, NaN for none
 * @param below     what happens below the threshold
 * @param top       how many regions get labels
 * @param title     the title line, or null for "CLASS: FILE"
 * @param legend    the legend note, may be empty
 */
public record RenderRequest(Path cohort, Path map, String className, StandardView view, Path out, int width,
        int height, ColorMap colorMap, ValueMapping mapping, double threshold, ThresholdMode below, int top,
        String title, String legend) {
}
