package org.glia.atlas;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.glia.atlas.internal.nifti.NiftiHeaderCodec;
import org.glia.core.io.DataException;

/**
 * Reads single-file NIfTI-1 volumes ({@code .nii}, or gzip-compressed, recognised by content), in either
 * byte order, of type uint8, int16, int32 or float32.
 * <p>
 * The header is checked and the voxel size bounded before anything is allocated; then exactly the bytes
 * the header announces are read, whatever the stream holds beyond (so a gzip bomb costs nothing). A
 * short file is refused with the number of bytes expected and found. {@code scl_slope}/{@code scl_inter}
 * are ignored (see {@link NiftiHeader}).
 */
public final class NiftiReader {

    /** Default bound on the memory of one volume's voxels (4 bytes each in memory): 512 MiB. */
    public static final long DEFAULT_MAX_VOXEL_BYTES = 512L << 20;

    private static final int CHUNK = 1 << 16;

    private NiftiReader() {
    }

    /** Reads a volume with the default size bound. */
    public static NiftiVolume read(Path file) throws DataException {
        return read(file, DEFAULT_MAX_VOXEL_BYTES);
    }

    /** Reads a volume whose voxels may not take more than {@code maxVoxelBytes} of memory. */
    public static NiftiVolume read(Path file, long maxVoxelBytes) throws DataException {
        try (InputStream in = open(file)) {
            byte[] raw = readFully(file, in, NiftiHeaderCodec.HEADER_SIZE, "the header");
            NiftiHeaderCodec.Decoded d = NiftiHeaderCodec.decode(file, raw, maxVoxelBytes);
            skip(file, in, d.voxOffset() - NiftiHeaderCodec.HEADER_SIZE);
            return readVoxels(file, in, d);
        } catch (NoSuchFileException e) {
            throw new DataException(file, "file not found");
        } catch (ZipException e) {
            throw new DataException(file, "corrupt gzip data: " + e.getMessage());
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(in, CHUNK);
        }
        return in;
    }

    private static NiftiVolume readVoxels(Path file, InputStream in, NiftiHeaderCodec.Decoded d)
            throws IOException, DataException {
        NiftiHeader h = d.header();
        int n = Math.toIntExact(h.voxelCount());
        int bpv = h.type().bytes();
        long expected = (long) n * bpv;
        int[] ints = h.type() == NiftiDataType.FLOAT32 ? null : new int[n];
        float[] floats = ints == null ? new float[n] : null;
        byte[] chunk = new byte[CHUNK - CHUNK % 4];
        ByteBuffer bb = ByteBuffer.wrap(chunk).order(d.order());
        long done = 0;
        int voxel = 0;
        while (done < expected) {
            int want = (int) Math.min(chunk.length, expected - done);
            int got = readUpTo(in, chunk, want);
            done += got;
            if (got < want) {
                throw truncated(file, "the voxel data", expected, done, d.voxOffset());
            }
            for (int p = 0; p < got; p += bpv, voxel++) {
                switch (h.type()) {
                    case UINT8 -> ints[voxel] = chunk[p] & 0xff;
                    case INT16 -> ints[voxel] = bb.getShort(p);
                    case INT32 -> ints[voxel] = bb.getInt(p);
                    case FLOAT32 -> floats[voxel] = bb.getFloat(p);
                }
            }
        }
        return ints != null ? NiftiVolume.ofInts(h, ints) : NiftiVolume.ofFloats(h, floats);
    }

    private static byte[] readFully(Path file, InputStream in, int n, String what) throws IOException, DataException {
        byte[] b = new byte[n];
        int got = readUpTo(in, b, n);
        if (got < n) {
            throw truncated(file, what, n, got, 0);
        }
        return b;
    }

    /** Skips the header extensions (whose content Glia does not use) up to the voxels. */
    private static void skip(Path file, InputStream in, long n) throws IOException, DataException {
        byte[] b = new byte[(int) Math.min(n, CHUNK)];
        long done = 0;
        while (done < n) {
            int want = (int) Math.min(b.length, n - done);
            int got = readUpTo(in, b, want);
            done += got;
            if (got < want) {
                throw truncated(file, "the header and its extensions", n + NiftiHeaderCodec.HEADER_SIZE,
                        done + NiftiHeaderCodec.HEADER_SIZE, 0);
            }
        }
    }

    /** Reads up to {@code n} bytes; a truncated gzip stream counts as the end of the data. */
    private static int readUpTo(InputStream in, byte[] b, int n) throws IOException {
        int off = 0;
        try {
            while (off < n) {
                int r = in.read(b, off, n - off);
                if (r < 0) {
                    break;
                }
                off += r;
            }
        } catch (EOFException e) {
            // GZIPInputStream reports a cut-off stream this way: the caller reports the shortfall.
        }
        return off;
    }

    private static DataException truncated(Path file, String what, long expected, long found, long offset) {
        String where = offset > 0 ? " (after the " + offset + "-byte header)" : "";
        return new DataException(file, "truncated file: " + what + where + " needs " + expected + " bytes, found "
                + found);
    }

    /** The byte order of a file's header, for tools and tests. */
    public static ByteOrder byteOrder(Path file) throws DataException {
        try (InputStream in = open(file)) {
            byte[] raw = readFully(file, in, NiftiHeaderCodec.HEADER_SIZE, "the header");
            return NiftiHeaderCodec.decode(file, raw, Long.MAX_VALUE).order();
        } catch (IOException e) {
            throw new DataException(file, "cannot read: " + e.getMessage());
        }
    }
}
