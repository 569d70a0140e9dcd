package org.glia.render.internal;

/** 4x4 matrices as 16 doubles in column-major order (OpenGL's layout), with the few operations a camera needs. */
public final class Mat4 {

    private Mat4() {
    }

    /** The identity. */
    public static double[] identity() {
        double[] m = new double[16];
        m[0] = m[5] = m[10] = m[15] = 1;
        return m;
    }

    /** {@code a * b}. */
    public static double[] multiply(double[] a, double[] b) {
        double[] r = new double[16];
        for (int col = 0; col < 4; col++) {
            for (int row = 0; row < 4; row++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += a[k * 4 + row] * b[col * 4 + k];
                }
                r[col * 4 + row] = s;
            }
        }
        return r;
    }

    /** A translation. */
    public static double[] translation(double x, double y, double z) {
        double[] m = identity();
        m[12] = x;
        m[13] = y;
        m[14] = z;
        return m;
    }

    /** The 4x4 form of a row-major 3x3 rotation. */
    public static double[] rotation(double[] r3) {
        double[] m = identity();
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                m[col * 4 + row] = r3[row * 3 + col];
            }
        }
        return m;
    }

    /** A right-handed perspective projection (the camera looks along -z), like gluPerspective. */
    public static double[] perspective(double fovY, double aspect, double near, double far) {
        double f = 1 / Math.tan(fovY / 2);
        double[] m = new double[16];
        m[0] = f / aspect;
        m[5] = f;
        m[10] = (far + near) / (near - far);
        m[11] = -1;
        m[14] = 2 * far * near / (near - far);
        return m;
    }

    /** {@code m * (x, y, z, 1)} as x, y, z, w. */
    public static double[] transform(double[] m, double x, double y, double z) {
        return new double[] {m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13],
                m[2] * x + m[6] * y + m[10] * z + m[14], m[3] * x + m[7] * y + m[11] * z + m[15]};
    }

    /** The matrix as floats, for a GL uniform. */
    public static float[] toFloats(double[] m) {
        float[] f = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            f[i] = (float) m[i];
        }
        return f;
    }
}
