package org.glia.atlas;

import java.util.Objects;

/**
 * One labelled brain region of an atlas: its label value, name, hemisphere and display colour.
 *
 * @param index      the label value of the region's voxels or vertices ({@code >= 0})
 * @param name       the region's name; not blank, no tab or line break (it must survive a TSV file)
 * @param hemisphere {@code "L"}, {@code "R"}, or {@code ""} for midline or unknown
 * @param rgb        the colour as {@code 0xRRGGBB}, or {@code -1} when the atlas gives none
 */
public record Region(int index, String name, String hemisphere, int rgb) {

    /** Value of {@link #rgb()} when the atlas gives no colour. */
    public static final int NO_COLOUR = -1;

    /** Validates the components; bad values are programming errors here (readers report user faults). */
    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hemisphere, "hemisphere");
        if (index < 0) {
            throw new IllegalArgumentException("negative region index " + index);
        }
        if (name.isBlank() || name.strip().length() != name.length()
                || name.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("bad region name '" + name + "'");
        }
        if (!hemisphere.equals("L") && !hemisphere.equals("R") && !hemisphere.isEmpty()) {
            throw new IllegalArgumentException("hemisphere must be L, R or empty: '" + hemisphere + "'");
        }
        if (rgb < NO_COLOUR || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("rgb out of range: " + rgb);
        }
    }

    /** A region whose hemisphere is inferred from its name by {@link Hemispheres#infer(String)}. */
    public static Region of(int index, String name, int rgb) {
        return new Region(index, name, Hemispheres.infer(name), rgb);
    }

    /** True when the region has a colour. */
    public boolean hasColour() {
        return rgb != NO_COLOUR;
    }
}
