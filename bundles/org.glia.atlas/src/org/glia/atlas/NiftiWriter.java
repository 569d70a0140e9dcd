package org.glia.atlas;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.glia.atlas.internal.io.AtomicFiles;
import org.glia.atlas.internal.nifti.NiftiHeaderCodec;

/**
 * Writes single-file NIfTI-1 volumes, gzip-compressed when the file name ends in {@code .gz}, atomically
 * (a reader never sees half a file).
 */
public final class NiftiWriter {

    private NiftiWriter() {
    }

    /** Writes little-endian, the common order. */
    public static void write(NiftiVolume volume, Path file) throws IOException {
        write(volume, file, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes in the given byte order.
     *
     * @throws IllegalArgumentException when a voxel does not fit the header's integer type
     */
    public static void write(NiftiVolume volume, Path file, ByteOrder order) throws IOException {
        NiftiHeader h = volume.header();
        NiftiHeaderCodec.checkWritable(h);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        AtomicFiles.write(file, raw -> {
            OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
            out.write(NiftiHeaderCodec.encode(h, order));
            writeVoxels(volume, out, order);
            out.flush();
            if (out instanceof GZIPOutputStream g) {
                g.finish();
            }
        });
    }

    private static void writeVoxels(NiftiVolume v, OutputStream out, ByteOrder order) throws IOException {
        NiftiDataType type = v.header().type();
        int n = Math.toIntExact(v.header().voxelCount());
        int[] ints = type == NiftiDataType.FLOAT32 ? null : v.labels();
        float[] floats = v.floatVoxels();
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(order);
        for (int i = 0; i < n; i++) {
            if (b.remaining() < 4) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
            switch (type) {
                case UINT8 -> b.put((byte) fit(ints[i], 0, 255, type));
                case INT16 -> b.putShort((short) fit(ints[i], Short.MIN_VALUE, Short.MAX_VALUE, type));
                case INT32 -> b.putInt(ints[i]);
                case FLOAT32 -> b.putFloat(floats[i]);
            }
        }
        out.write(b.array(), 0, b.position());
    }

    private static int fit(int v, int min, int max, NiftiDataType type) {
        if (v < min || v > max) {
            throw new IllegalArgumentException("voxel value " + v + " does not fit " + type);
        }
        return v;
    }
}
