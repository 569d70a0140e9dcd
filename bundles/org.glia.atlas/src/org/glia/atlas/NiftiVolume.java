package org.glia.atlas;

import java.util.Objects;

import org.glia.atlas.internal.nifti.Affines;

/**
 * A 3-D NIfTI-1 volume in memory: its header and its voxels, integer types held as {@code int[]} and
 * float32 as {@code float[]}. Voxel (i, j, k) is at {@code i + nx * (j + ny * k)}.
 */
public final class NiftiVolume {

    private final NiftiHeader header;
    private final int[] ints;
    private final float[] floats;
    private final double[] affine;
    private volatile int[] rounded;

    private NiftiVolume(NiftiHeader header, int[] ints, float[] floats) {
        this.header = Objects.requireNonNull(header, "header");
        long n = header.voxelCount();
        int length = ints != null ? ints.length : floats.length;
        if (length != n) {
            throw new IllegalArgumentException("expected " + n + " voxels, got " + length);
        }
        this.ints = ints;
        this.floats = floats;
        this.affine = header.affine();
    }

    /** A volume of an integer type (uint8, int16, int32); values must fit the type when written. */
    public static NiftiVolume ofInts(NiftiHeader header, int[] voxels) {
        if (header.type() == NiftiDataType.FLOAT32) {
            throw new IllegalArgumentException("float32 header for integer voxels");
        }
        return new NiftiVolume(header, voxels, null);
    }

    /** A float32 volume. */
    public static NiftiVolume ofFloats(NiftiHeader header, float[] voxels) {
        if (header.type() != NiftiDataType.FLOAT32) {
            throw new IllegalArgumentException(header.type() + " header for float voxels");
        }
        return new NiftiVolume(header, null, voxels);
    }

    /** The header. */
    public NiftiHeader header() {
        return header;
    }

    /** Voxels along i. */
    public int nx() {
        return header.nx();
    }

    /** Voxels along j. */
    public int ny() {
        return header.ny();
    }

    /** Voxels along k. */
    public int nz() {
        return header.nz();
    }

    /** True when (i, j, k) lies inside the grid. */
    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < nx() && j < ny() && k < nz();
    }

    /**
     * The label at (i, j, k): the stored integer, or a float voxel rounded to the nearest integer
     * (NaN reads as 0, the background).
     */
    public int label(int i, int j, int k) {
        return labelAt(i + nx() * (j + ny() * k));
    }

    /** The label at a flat voxel offset. */
    public int labelAt(int offset) {
        if (ints != null) {
            return ints[offset];
        }
        float f = floats[offset];
        return Float.isNaN(f) ? 0 : Math.round(f);
    }

    /** The stored value at (i, j, k), unscaled. */
    public double value(int i, int j, int k) {
        int o = i + nx() * (j + ny() * k);
        return ints != null ? ints[o] : floats[o];
    }

    /**
     * Every voxel as a label (see {@link #label(int, int, int)}): an internal array, computed once for
     * float volumes; do not modify it.
     */
    public int[] labels() {
        if (ints != null) {
            return ints;
        }
        int[] out = rounded;
        if (out == null) {
            out = new int[floats.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = labelAt(i);
            }
            rounded = out;
        }
        return out;
    }

    /** The float voxels of a float32 volume (internal array: do not modify it), else {@code null}. */
    public float[] floatVoxels() {
        return floats;
    }

    /** The voxel-to-world matrix (4x4 row-major, a copy); see {@link NiftiHeader#affine()}. */
    public double[] affine() {
        return affine.clone();
    }

    /** World coordinates (millimetres, usually RAS+) of a voxel position, fractional positions allowed. */
    public double[] voxelToWorld(double i, double j, double k) {
        return Affines.apply(affine, i, j, k);
    }
}
