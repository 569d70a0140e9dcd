package org.glia.render;

/**
 * How one region is drawn, as {@link BrainScene#look(int)} derives it from the value, the colour map,
 * the threshold and the opacities.
 *
 * @param rgb     the base colour, {@code 0xRRGGBB} (before shading)
 * @param alpha   the opacity, 0..1 (1 draws it opaque)
 * @param visible false when it is not drawn at all (hidden below the threshold, or opacity 0)
 * @param glass   true when it is drawn as glass because its value is below the threshold
 */
public record RegionLook(int rgb, double alpha, boolean visible, boolean glass) {

    /** True when the region is drawn in the translucent pass (sorted, no depth writes). */
    public boolean translucent() {
        return visible && alpha < 1;
    }
}
