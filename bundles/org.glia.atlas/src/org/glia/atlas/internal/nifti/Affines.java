package org.glia.atlas.internal.nifti;

/** Builds and applies the 4x4 row-major voxel-to-world matrices of NIfTI-1 headers. */
public final class Affines {

    private Affines() {
    }

    /** The matrix of an sform: the three given rows plus {@code 0 0 0 1}. */
    public static double[] fromSform(double[] srow) {
        double[] m = new double[16];
        System.arraycopy(srow, 0, m, 0, 12);
        m[15] = 1;
        return m;
    }

    /** Plain scaling by the voxel sizes (NIfTI "method 1", used when neither form is set). */
    public static double[] scaling(double dx, double dy, double dz) {
        double[] m = new double[16];
        m[0] = dx;
        m[5] = dy;
        m[10] = dz;
        m[15] = 1;
        return m;
    }

    /**
     * The matrix of a qform: rotation from the unit quaternion (b, c, d; a = sqrt(1 - b² - c² - d²),
     * clipped at 0), times the voxel sizes, the k axis negated when qfac is -1, plus the offsets.
     */
    public static double[] fromQform(double[] quatern, double[] pixdim) {
        double b = quatern[0];
        double c = quatern[1];
        double d = quatern[2];
        double aa = 1 - (b * b + c * c + d * d);
        double a;
        if (aa < 1e-7) {
            // Nearly a 180 degree rotation: renormalise (b, c, d) as the standard says.
            double n = Math.sqrt(b * b + c * c + d * d);
            a = 0;
            if (n > 0) {
                b /= n;
                c /= n;
                d /= n;
            }
        } else {
            a = Math.sqrt(aa);
        }
        double[] r = {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - b * b - c * c};
        double qfac = pixdim[0] < 0 ? -1 : 1;
        double[] scale = {Math.abs(pixdim[1]), Math.abs(pixdim[2]), Math.abs(pixdim[3]) * qfac};
        double[] m = new double[16];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                m[row * 4 + col] = r[row * 3 + col] * scale[col];
            }
            m[row * 4 + 3] = quatern[3 + row];
        }
        m[15] = 1;
        return m;
    }

    /** Applies the matrix to a point. */
    public static double[] apply(double[] m, double i, double j, double k) {
        return new double[] {
            m[0] * i + m[1] * j + m[2] * k + m[3],
            m[4] * i + m[5] * j + m[6] * k + m[7],
            m[8] * i + m[9] * j + m[10] * k + m[11]};
    }

    /** Determinant of the upper-left 3x3 part; negative means the matrix mirrors (flips winding). */
    public static double determinant(double[] m) {
        return m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8])
                + m[2] * (m[4] * m[9] - m[5] * m[8]);
    }
}
