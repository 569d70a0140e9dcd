package org.glia.render.internal;

/**
 * A unit quaternion (w, x, y, z) for camera orientations: composition, axis-angle construction and the
 * rotation matrix, in double precision.
 */
public record Quat(double w, double x, double y, double z) {

    /** No rotation. */
    public static final Quat IDENTITY = new Quat(1, 0, 0, 0);

    /** The rotation by {@code angle} radians about {@code axis} (need not be unit length; zero gives identity). */
    public static Quat axisAngle(double ax, double ay, double az, double angle) {
        double len = Math.sqrt(ax * ax + ay * ay + az * az);
        if (len == 0 || angle == 0) {
            return IDENTITY;
        }
        double s = Math.sin(angle / 2) / len;
        return new Quat(Math.cos(angle / 2), ax * s, ay * s, az * s);
    }

    /**
     * The rotation whose matrix has these rows (an orthonormal, right-handed basis): it takes {@code r} to
     * +x, {@code u} to +y and {@code b} to +z.
     */
    public static Quat fromRows(double[] r, double[] u, double[] b) {
        double m00 = r[0], m01 = r[1], m02 = r[2];
        double m10 = u[0], m11 = u[1], m12 = u[2];
        double m20 = b[0], m21 = b[1], m22 = b[2];
        double trace = m00 + m11 + m22;
        Quat q;
        if (trace > 0) {
            double s = Math.sqrt(trace + 1) * 2;
            q = new Quat(s / 4, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s);
        } else if (m00 > m11 && m00 > m22) {
            double s = Math.sqrt(1 + m00 - m11 - m22) * 2;
            q = new Quat((m21 - m12) / s, s / 4, (m01 + m10) / s, (m02 + m20) / s);
        } else if (m11 > m22) {
            double s = Math.sqrt(1 + m11 - m00 - m22) * 2;
            q = new Quat((m02 - m20) / s, (m01 + m10) / s, s / 4, (m12 + m21) / s);
        } else {
            double s = Math.sqrt(1 + m22 - m00 - m11) * 2;
            q = new Quat((m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, s / 4);
        }
        return q.normalized();
    }

    /** The composition {@code this * o}: first {@code o}, then this. */
    public Quat times(Quat o) {
        return new Quat(w * o.w - x * o.x - y * o.y - z * o.z, w * o.x + x * o.w + y * o.z - z * o.y,
                w * o.y - x * o.z + y * o.w + z * o.x, w * o.z + x * o.y - y * o.x + z * o.w);
    }

    /** This quaternion scaled to unit length (renormalising after many compositions). */
    public Quat normalized() {
        double n = Math.sqrt(w * w + x * x + y * y + z * z);
        return new Quat(w / n, x / n, y / n, z / n);
    }

    /** The 3x3 rotation matrix, row-major. */
    public double[] matrix() {
        return new double[] {1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
                2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
                2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)};
    }

    /** The rotated vector. */
    public double[] rotate(double vx, double vy, double vz) {
        double[] m = matrix();
        return new double[] {m[0] * vx + m[1] * vy + m[2] * vz, m[3] * vx + m[4] * vy + m[5] * vz,
                m[6] * vx + m[7] * vy + m[8] * vz};
    }
}
