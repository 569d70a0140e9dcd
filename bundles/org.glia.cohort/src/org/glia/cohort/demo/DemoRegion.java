package org.glia.cohort.demo;

import java.util.Objects;

/**
 * A region the demo generator wires up: its label, hemisphere and centroid in world (MNI) millimetres.
 *
 * @param index      label value in the atlas
 * @param name       region name; homotopic partners differ only in a {@code _L}/{@code _R} suffix (AAL style)
 * @param hemisphere "L", "R" or ""
 * @param x          centroid x (mm)
 * @param y          centroid y (mm)
 * @param z          centroid z (mm)
 * @param rgb        display colour 0xRRGGBB written to labels.tsv, or -1 for none
 */
public record DemoRegion(int index, String name, String hemisphere, double x, double y, double z, int rgb) {

    /** Checks the name is given. */
    public DemoRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hemisphere, "hemisphere");
    }

    /** A region without a colour. */
    public DemoRegion(int index, String name, String hemisphere, double x, double y, double z) {
        this(index, name, hemisphere, x, y, z, -1);
    }

    /** Euclidean distance between two centroids in millimetres. */
    public double distance(DemoRegion o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The name without its hemisphere suffix, which homotopic partners share. */
    public String homotopicKey() {
        return name.endsWith("_L") || name.endsWith("_R") ? name.substring(0, name.length() - 2) : name;
    }
}
