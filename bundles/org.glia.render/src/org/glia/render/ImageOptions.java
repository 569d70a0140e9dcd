package org.glia.render;

import java.util.Objects;

/**
 * What a picture made by {@link BrainImages} contains besides the brain.
 *
 * @param width       picture width in pixels
 * @param height      picture height in pixels
 * @param title       a line above the brain (e.g. "AD: importance"), or empty
 * @param valueName   what the colours show, written above the colour bar (e.g. "importance"), or empty
 * @param legend      a note under the brain given by the caller (e.g. the attribution method's legend), or empty
 * @param topK        how many of the highest-valued regions get their name written at their centroid
 * @param colorBar    whether to draw the colour bar with its numbers and mapping
 * @param supersample rendering at this many times the size and averaging smooths edges (1..4)
 */
public record ImageOptions(int width, int height, String title, String valueName, String legend, int topK,
        boolean colorBar, int supersample) {

    /** Checks the values. */
    public ImageOptions {
        if (width < 16 || height < 16 || width > 8192 || height > 8192) {
            throw new IllegalArgumentException("picture size must be 16..8192 pixels each way, got " + width + "x" + height);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(legend, "legend");
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0");
        }
        if (supersample < 1 || supersample > 4) {
            throw new IllegalArgumentException("supersample must be 1..4");
        }
    }

    /** A picture of this size with a colour bar, the top 10 labels, 2x supersampling and no texts. */
    public static ImageOptions of(int width, int height) {
        return new ImageOptions(width, height, "", "", "", 10, true, 2);
    }

    /** With a title line. */
    public ImageOptions withTitle(String t) {
        return new ImageOptions(width, height, t, valueName, legend, topK, colorBar, supersample);
    }

    /** With the name of the value shown. */
    public ImageOptions withValueName(String n) {
        return new ImageOptions(width, height, title, n, legend, topK, colorBar, supersample);
    }

    /** With a legend note. */
    public ImageOptions withLegend(String l) {
        return new ImageOptions(width, height, title, valueName, l, topK, colorBar, supersample);
    }

    /** With another number of labelled regions. */
    public ImageOptions withTopK(int k) {
        return new ImageOptions(width, height, title, valueName, legend, k, colorBar, supersample);
    }

    /** With or without the colour bar. */
    public ImageOptions withColorBar(boolean on) {
        return new ImageOptions(width, height, title, valueName, legend, topK, on, supersample);
    }

    /** With another supersampling factor. */
    public ImageOptions withSupersample(int factor) {
        return new ImageOptions(width, height, title, valueName, legend, topK, colorBar, factor);
    }
}
