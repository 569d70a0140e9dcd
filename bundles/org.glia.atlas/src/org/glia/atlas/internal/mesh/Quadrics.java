package org.glia.atlas.internal.mesh;

/**
 * Garland-Heckbert error quadrics, ten doubles per vertex (the upper triangle of a symmetric 4x4 matrix:
 * aa ab ac ad bb bc bd cc cd dd), and the placement of a collapsed vertex.
 */
final class Quadrics {

    private Quadrics() {
    }

    /** Adds the area-weighted plane quadric of triangle (a, b, c) to {@code q} at {@code o}. */
    static void addPlane(double[] q, int o, double[] p, int a, int b, int c) {
        double ux = p[3 * b] - p[3 * a];
        double uy = p[3 * b + 1] - p[3 * a + 1];
        double uz = p[3 * b + 2] - p[3 * a + 2];
        double vx = p[3 * c] - p[3 * a];
        double vy = p[3 * c + 1] - p[3 * a + 1];
        double vz = p[3 * c + 2] - p[3 * a + 2];
        double nx = uy * vz - uz * vy;
        double ny = uz * vx - ux * vz;
        double nz = ux * vy - uy * vx;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (len == 0) {
            return;
        }
        double w = len / 2; // the triangle's area
        nx /= len;
        ny /= len;
        nz /= len;
        double d = -(nx * p[3 * a] + ny * p[3 * a + 1] + nz * p[3 * a + 2]);
        q[o] += w * nx * nx;
        q[o + 1] += w * nx * ny;
        q[o + 2] += w * nx * nz;
        q[o + 3] += w * nx * d;
        q[o + 4] += w * ny * ny;
        q[o + 5] += w * ny * nz;
        q[o + 6] += w * ny * d;
        q[o + 7] += w * nz * nz;
        q[o + 8] += w * nz * d;
        q[o + 9] += w * d * d;
    }

    /** The error of point (x, y, z) under the sum of the quadrics at {@code a} and {@code b}. */
    static double error(double[] q, int a, int b, double x, double y, double z) {
        double aa = q[a] + q[b];
        double ab = q[a + 1] + q[b + 1];
        double ac = q[a + 2] + q[b + 2];
        double ad = q[a + 3] + q[b + 3];
        double bb = q[a + 4] + q[b + 4];
        double bc = q[a + 5] + q[b + 5];
        double bd = q[a + 6] + q[b + 6];
        double cc = q[a + 7] + q[b + 7];
        double cd = q[a + 8] + q[b + 8];
        double dd = q[a + 9] + q[b + 9];
        return aa * x * x + 2 * ab * x * y + 2 * ac * x * z + 2 * ad * x + bb * y * y + 2 * bc * y * z + 2 * bd * y
                + cc * z * z + 2 * cd * z + dd;
    }

    /**
     * Writes the point minimising the summed quadric into {@code out}; false when the system is near
     * singular (flat or straight neighbourhoods), in which case callers pick among the endpoints and the
     * midpoint.
     */
    static boolean optimum(double[] q, int a, int b, double[] out) {
        double aa = q[a] + q[b];
        double ab = q[a + 1] + q[b + 1];
        double ac = q[a + 2] + q[b + 2];
        double bb = q[a + 4] + q[b + 4];
        double bc = q[a + 5] + q[b + 5];
        double cc = q[a + 7] + q[b + 7];
        double rx = -(q[a + 3] + q[b + 3]);
        double ry = -(q[a + 6] + q[b + 6]);
        double rz = -(q[a + 8] + q[b + 8]);
        double c00 = bb * cc - bc * bc;
        double c01 = ac * bc - ab * cc;
        double c02 = ab * bc - ac * bb;
        double det = aa * c00 + ab * c01 + ac * c02;
        double scale = aa + bb + cc;
        if (Math.abs(det) <= 1e-9 * scale * scale * scale || scale == 0) {
            return false;
        }
        double c11 = aa * cc - ac * ac;
        double c12 = ab * ac - aa * bc;
        double c22 = aa * bb - ab * ab;
        out[0] = (c00 * rx + c01 * ry + c02 * rz) / det;
        out[1] = (c01 * rx + c11 * ry + c12 * rz) / det;
        out[2] = (c02 * rx + c12 * ry + c22 * rz) / det;
        return true;
    }
}
