package org.glia.atlas.internal.nifti;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/** Decodes and encodes the 348-byte NIfTI-1 header, checking every field Glia relies on. */
public final class NiftiHeaderCodec {

    /** Size of a NIfTI-1 header. */
    public static final int HEADER_SIZE = 348;
    /** Offset of the voxels written by Glia: header plus the 4-byte extension flag. */
    public static final int VOX_OFFSET = 352;

    private NiftiHeaderCodec() {
    }

    /** A decoded header and where its voxels start. */
    public record Decoded(NiftiHeader header, long voxOffset, ByteOrder order) {
    }

    /**
     * Decodes a header, refusing what Glia cannot read; {@code maxVoxelBytes} bounds the memory the
     * voxels will take (4 bytes each), checked before anything is allocated.
     */
    public static Decoded decode(Path file, byte[] raw, long maxVoxelBytes) throws DataException {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int size = b.getInt(0);
        if (size != HEADER_SIZE) {
            b.order(ByteOrder.BIG_ENDIAN);
            size = b.getInt(0);
        }
        if (size != HEADER_SIZE) {
            if (size == 540 || Integer.reverseBytes(size) == 540) {
                throw new DataException(file, "NIfTI-2 files are not supported; save the volume as NIfTI-1");
            }
            throw new DataException(file, "not a NIfTI-1 file: sizeof_hdr is not 348 in either byte order");
        }
        String magic = new String(raw, 344, 3, StandardCharsets.ISO_8859_1);
        DataProblems problems = new DataProblems();
        if (magic.equals("ni1")) {
            throw new DataException(file,
                    "two-file NIfTI (.hdr + .img) is not supported; use a single .nii or .nii.gz");
        }
        if (!magic.equals("n+1") || raw[347] != 0) {
            problems.add(file, "header", "bad magic: expected 'n+1'");
        }
        int rank = b.getShort(40);
        int[] dim = new int[8];
        for (int i = 0; i < 8; i++) {
            dim[i] = b.getShort(40 + 2 * i);
        }
        if (rank < 1 || rank > 7) {
            problems.add(file, "header", "dim[0] must be 1..7, got " + rank);
        } else {
            for (int i = 1; i <= rank; i++) {
                if (dim[i] <= 0) {
                    problems.add(file, "header", "dim[" + i + "] must be positive, got " + dim[i]);
                } else if (i > 3 && dim[i] != 1) {
                    problems.add(file, "header", "a label volume must be 3-D, but dim[" + i + "] = " + dim[i]);
                }
            }
        }
        int code = b.getShort(70);
        NiftiDataType type = NiftiDataType.ofCode(code);
        if (type == null) {
            problems.add(file, "header", "unsupported datatype " + NiftiDataType.describe(code)
                    + ": Glia reads uint8, int16, int32 and float32");
        } else if (b.getShort(72) != type.bitpix()) {
            problems.add(file, "header", "bitpix " + b.getShort(72) + " does not match datatype " + type);
        }
        float voxOffset = b.getFloat(108);
        if (!(voxOffset >= VOX_OFFSET) || voxOffset != Math.floor(voxOffset) || voxOffset > (1 << 24)) {
            problems.add(file, "header", "vox_offset must be a whole number from 352 to 16 MiB, got " + voxOffset);
        }
        problems.throwIfAny("NIfTI header of " + file + " refused");
        int nx = rank >= 1 ? dim[1] : 1;
        int ny = rank >= 2 ? dim[2] : 1;
        int nz = rank >= 3 ? dim[3] : 1;
        // Voxels are held as 4-byte ints or floats whatever the stored type: bound that.
        long bytes = (long) nx * ny * nz * 4;
        if (bytes > maxVoxelBytes) {
            throw new DataException(file, "header", "volume " + nx + "x" + ny + "x" + nz + " " + type + " needs "
                    + bytes + " bytes in memory, over the limit of " + maxVoxelBytes);
        }
        double[] pixdim = new double[4];
        for (int i = 0; i < 4; i++) {
            pixdim[i] = finite(b.getFloat(76 + 4 * i));
        }
        double[] quatern = new double[6];
        for (int i = 0; i < 6; i++) {
            quatern[i] = finite(b.getFloat(256 + 4 * i));
        }
        double[] srow = new double[12];
        for (int i = 0; i < 12; i++) {
            srow[i] = finite(b.getFloat(280 + 4 * i));
        }
        int qcode = Math.max(0, b.getShort(252));
        int scode = Math.max(0, b.getShort(254));
        if (scode > 0 && Affines.determinant(Affines.fromSform(srow)) == 0) {
            scode = 0; // a degenerate sform cannot place voxels: fall back as the standard suggests
        }
        NiftiHeader h = new NiftiHeader(nx, ny, nz, type, pixdim, qcode, quatern, scode, srow);
        return new Decoded(h, (long) voxOffset, b.order());
    }

    /** Encodes a header announcing voxels at {@link #VOX_OFFSET}, in the given byte order. */
    public static byte[] encode(NiftiHeader h, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(VOX_OFFSET).order(order);
        b.putInt(0, HEADER_SIZE);
        b.put(38, (byte) 'r'); // regular = 'r', as the Analyze heritage expects
        short[] dim = {3, (short) h.nx(), (short) h.ny(), (short) h.nz(), 1, 1, 1, 1};
        for (int i = 0; i < 8; i++) {
            b.putShort(40 + 2 * i, dim[i]);
        }
        b.putShort(70, (short) h.type().code());
        b.putShort(72, (short) h.type().bitpix());
        double[] p = h.pixdim();
        for (int i = 0; i < 4; i++) {
            b.putFloat(76 + 4 * i, (float) p[i]);
        }
        b.putFloat(108, VOX_OFFSET);
        b.putFloat(112, 1f); // scl_slope 1: values are stored as they are
        b.put(123, (byte) 10); // xyzt_units: millimetres and seconds
        b.putShort(252, (short) h.qformCode());
        b.putShort(254, (short) h.sformCode());
        double[] q = h.quatern();
        for (int i = 0; i < 6; i++) {
            b.putFloat(256 + 4 * i, (float) q[i]);
        }
        double[] s = h.srow();
        for (int i = 0; i < 12; i++) {
            b.putFloat(280 + 4 * i, (float) s[i]);
        }
        b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1').put(347, (byte) 0);
        return b.array();
    }

    private static double finite(float f) {
        return Float.isFinite(f) ? f : 0;
    }

    /** Checks that dims fit a NIfTI-1 short before writing. */
    public static void checkWritable(NiftiHeader h) {
        if (h.nx() > Short.MAX_VALUE || h.ny() > Short.MAX_VALUE || h.nz() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("NIfTI-1 dimensions are limited to 32767: " + h);
        }
    }
}
