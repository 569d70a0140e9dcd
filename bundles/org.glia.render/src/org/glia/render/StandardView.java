package org.glia.render;

import java.util.Locale;

/**
 * The six standard views of a brain in RAS+ world coordinates (MNI: +x towards the subject's right, +y
 * anterior, +z superior), each named after the side of the head the camera looks from.
 * <p>
 * The lateral views follow the neuroimaging convention: {@link #LEFT} looks at the left hemisphere from
 * the subject's left with superior up, so anterior points to the left of the picture; {@link #RIGHT} shows
 * the right hemisphere with anterior to the right. {@link #TOP} (superior) puts anterior up and the
 * subject's right on the picture's right; {@link #FRONT} faces the subject (their right on the picture's
 * left); {@link #BACK} looks from behind (their right on the picture's right); {@link #BOTTOM} looks up
 * from below with anterior up.
 */
public enum StandardView {
    /** From the subject's left (-x): the left hemisphere, anterior to the left. */
    LEFT(new double[] {0, -1, 0}, new double[] {0, 0, 1}),
    /** From the subject's right (+x): the right hemisphere, anterior to the right. */
    RIGHT(new double[] {0, 1, 0}, new double[] {0, 0, 1}),
    /** From above (+z): anterior up, the subject's right on the right. */
    TOP(new double[] {1, 0, 0}, new double[] {0, 1, 0}),
    /** From below (-z): anterior up, the subject's right on the left. */
    BOTTOM(new double[] {-1, 0, 0}, new double[] {0, 1, 0}),
    /** From the front (+y): facing the subject, their right on the left. */
    FRONT(new double[] {-1, 0, 0}, new double[] {0, 0, 1}),
    /** From behind (-y): their right on the right. */
    BACK(new double[] {1, 0, 0}, new double[] {0, 0, 1});

    private final double[] right;
    private final double[] up;

    StandardView(double[] right, double[] up) {
        this.right = right;
        this.up = up;
    }

    /** The world direction that points right in the picture. */
    public double[] right() {
        return right.clone();
    }

    /** The world direction that points up in the picture. */
    public double[] up() {
        return up.clone();
    }

    /** The world direction from the scene's centre towards the camera (right x up). */
    public double[] towardsCamera() {
        return new double[] {right[1] * up[2] - right[2] * up[1], right[2] * up[0] - right[0] * up[2],
                right[0] * up[1] - right[1] * up[0]};
    }

    /** The view with this name, case-insensitive ("left", "Top", ...). */
    public static StandardView parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown view '" + name + "'; use left, right, top, bottom, front or back");
        }
    }
}
