package org.glia.render;

/**
 * The Blinn-Phong lighting of the brain: an ambient term, a key light from the upper left in front of the
 * viewer, a weaker fill light from the lower right, and a white highlight of the key light. Lights move
 * with the camera, so every view is lit alike.
 *
 * @param ambient   the share of the base colour everywhere
 * @param key       the key light's diffuse weight
 * @param fill      the fill light's diffuse weight
 * @param specular  the key light's highlight weight
 * @param shininess the Blinn-Phong exponent of the highlight
 */
public record Lighting(double ambient, double key, double fill, double specular, double shininess) {

    /**
     * Soft studio lighting: a surface facing the viewer shows about its own colour (0.30 + 0.65 x 0.84 +
     * 0.20 x 0.67 = 0.98), surfaces turned away darken.
     */
    public static final Lighting DEFAULT = new Lighting(0.30, 0.65, 0.20, 0.15, 40);

    /** No shading: every pixel has its region's exact colour (tests, flat figures). */
    public static final Lighting FLAT = new Lighting(1, 0, 0, 0, 1);

    /** Checks the values. */
    public Lighting {
        if (ambient < 0 || key < 0 || fill < 0 || specular < 0 || !(shininess >= 1)) {
            throw new IllegalArgumentException("lighting weights must be >= 0 and shininess >= 1");
        }
    }
}
