package org.glia.atlas;

import java.util.Arrays;

import org.glia.atlas.internal.nifti.Affines;

/**
 * The parts of a NIfTI-1 header that Glia uses: grid size, voxel type, voxel sizes and the two
 * voxel-to-world transforms (qform and sform).
 * <p>
 * World coordinates follow the standard's order of preference: the sform when {@code sformCode > 0},
 * else the qform when {@code qformCode > 0}, else plain scaling by the voxel sizes. The intensity
 * scaling ({@code scl_slope}, {@code scl_inter}) is deliberately not applied: label volumes store
 * label values, and a scaled label would be meaningless.
 *
 * @param nx        voxels along i
 * @param ny        voxels along j
 * @param nz        voxels along k
 * @param type      the voxel type
 * @param pixdim    {@code pixdim[0..3]}: qfac (sign of the qform's k axis; 0 is read as 1), dx, dy, dz
 * @param qformCode the qform code (0 = none)
 * @param quatern   quatern_b, quatern_c, quatern_d, qoffset_x, qoffset_y, qoffset_z
 * @param sformCode the sform code (0 = none)
 * @param srow      srow_x, srow_y, srow_z (12 values, row-major 3x4)
 */
public record NiftiHeader(int nx, int ny, int nz, NiftiDataType type, double[] pixdim, int qformCode,
        double[] quatern, int sformCode, double[] srow) {

    /** Copies the arrays and checks their lengths and the grid size. */
    public NiftiHeader {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + nx + "x" + ny + "x" + nz);
        }
        pixdim = check(pixdim, 4, "pixdim");
        quatern = check(quatern, 6, "quatern");
        srow = check(srow, 12, "srow");
    }

    /** A header with no transform codes: world = voxel index times voxel size. */
    public static NiftiHeader scaled(int nx, int ny, int nz, NiftiDataType type, double dx, double dy, double dz) {
        return new NiftiHeader(nx, ny, nz, type, new double[] {1, dx, dy, dz}, 0, new double[6], 0, new double[12]);
    }

    /** This header with an sform (3x4 row-major) and code. */
    public NiftiHeader withSform(int code, double[] rows) {
        return new NiftiHeader(nx, ny, nz, type, pixdim, qformCode, quatern, code, rows);
    }

    /** This header with a qform: quaternion b, c, d, offsets, and qfac (+1 or -1). */
    public NiftiHeader withQform(int code, double b, double c, double d, double ox, double oy, double oz,
            double qfac) {
        double[] p = pixdim();
        p[0] = qfac;
        return new NiftiHeader(nx, ny, nz, type, p, code, new double[] {b, c, d, ox, oy, oz}, sformCode, srow);
    }

    /** This header with another voxel type. */
    public NiftiHeader withType(NiftiDataType newType) {
        return new NiftiHeader(nx, ny, nz, newType, pixdim, qformCode, quatern, sformCode, srow);
    }

    /** Number of voxels. */
    public long voxelCount() {
        return (long) nx * ny * nz;
    }

    /** {@code pixdim[0..3]} (a copy). */
    @Override
    public double[] pixdim() {
        return pixdim.clone();
    }

    /** quatern_b/c/d and qoffset_x/y/z (a copy). */
    @Override
    public double[] quatern() {
        return quatern.clone();
    }

    /** The sform rows (a copy). */
    @Override
    public double[] srow() {
        return srow.clone();
    }

    /** The voxel-to-world matrix in use (4x4, row-major), chosen as described in the class comment. */
    public double[] affine() {
        if (sformCode > 0) {
            return Affines.fromSform(srow);
        }
        if (qformCode > 0) {
            return Affines.fromQform(quatern, pixdim);
        }
        return Affines.scaling(pixdim[1], pixdim[2], pixdim[3]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NiftiHeader h && h.nx == nx && h.ny == ny && h.nz == nz && h.type == type
                && Arrays.equals(h.pixdim, pixdim) && h.qformCode == qformCode && Arrays.equals(h.quatern, quatern)
                && h.sformCode == sformCode && Arrays.equals(h.srow, srow);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {nx, ny, nz, type.ordinal(), qformCode, sformCode})
                ^ Arrays.hashCode(srow) ^ Arrays.hashCode(quatern) ^ Arrays.hashCode(pixdim);
    }

    @Override
    public String toString() {
        return "NiftiHeader[" + nx + "x" + ny + "x" + nz + " " + type + ", qform " + qformCode + ", sform "
                + sformCode + "]";
    }

    private static double[] check(double[] a, int n, String what) {
        if (a == null || a.length != n) {
            throw new IllegalArgumentException(what + " needs " + n + " values");
        }
        return a.clone();
    }
}
