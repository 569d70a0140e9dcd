package org.glia.atlas.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiReader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.NiftiWriter;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests NIfTI-1 round trips, world transforms and the refusal of bad files. */
class NiftiTest {

    @TempDir
    Path dir;

    private static NiftiVolume random(NiftiDataType type, NiftiHeader h, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = (int) h.voxelCount();
        if (type == NiftiDataType.FLOAT32) {
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = (float) r.nextDouble(-1e6, 1e6);
            }
            return NiftiVolume.ofFloats(h, f);
        }
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (type) {
                case UINT8 -> r.nextInt(256);
                case INT16 -> r.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
                default -> r.nextInt();
            };
        }
        return NiftiVolume.ofInts(h, v);
    }

    @ParameterizedTest
    @EnumSource(NiftiDataType.class)
    void roundTripsEveryTypeOrderAndCompression(NiftiDataType type) throws Exception {
        NiftiHeader h = NiftiHeader.scaled(7, 5, 3, type, 1.5, 2, 2.5);
        NiftiVolume v = random(type, h, 42);
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (String name : new String[] {"v.nii", "v.nii.gz"}) {
                Path p = dir.resolve(order + name);
                NiftiWriter.write(v, p, order);
                assertEquals(order, NiftiReader.byteOrder(p));
                NiftiVolume back = NiftiReader.read(p);
                assertEquals(h, back.header());
                if (type == NiftiDataType.FLOAT32) {
                    assertArrayEquals(v.floatVoxels(), back.floatVoxels());
                } else {
                    assertArrayEquals(v.labels(), back.labels());
                }
                assertEquals(v.label(6, 4, 2), back.label(6, 4, 2));
                assertArrayEquals(new double[] {9, 8, 5}, back.voxelToWorld(6, 4, 2), 1e-9);
            }
        }
        byte[] head = Files.readAllBytes(dir.resolve(ByteOrder.LITTLE_ENDIAN + "v.nii.gz"));
        assertEquals(0x1f, head[0] & 0xff, "a .gz name is compressed");
    }

    @Test
    void sformIsPreferredOverQform() throws Exception {
        double[] srow = {-2, 0, 0, 90, 0, 2, 0, -126, 0, 0, 2, -72};
        NiftiHeader h = NiftiHeader.scaled(4, 4, 4, NiftiDataType.INT16, 2, 2, 2)
                .withQform(1, 0, 0, 1, 10, 20, 30, 1).withSform(4, srow);
        NiftiVolume back = roundTrip(h);
        assertArrayEquals(new double[] {90 - 2, -126 + 4, -72 + 6}, back.voxelToWorld(1, 2, 3), 1e-6);
        assertArrayEquals(new double[] {-2, 0, 0, 90, 0, 2, 0, -126, 0, 0, 2, -72, 0, 0, 0, 1}, back.affine(), 1e-6);
    }

    @Test
    void qformRotatesScalesAndHonoursQfac() throws Exception {
        // 180 degrees about z: quaternion (a, b, c, d) = (0, 0, 0, 1); x and y change sign.
        NiftiHeader h = NiftiHeader.scaled(4, 4, 4, NiftiDataType.UINT8, 1, 2, 3).withQform(1, 0, 0, 1, 5, 6, 7, -1);
        NiftiVolume back = roundTrip(h);
        assertArrayEquals(new double[] {5 - 1, 6 - 4, 7 - 9}, back.voxelToWorld(1, 2, 3), 1e-6);
        // 90 degrees about z: (a, d) = (cos 45, sin 45): i axis goes to +y, j axis to -x.
        double s = Math.sqrt(0.5);
        NiftiHeader r = NiftiHeader.scaled(4, 4, 4, NiftiDataType.UINT8, 1, 1, 1).withQform(2, 0, 0, s, 0, 0, 0, 1);
        assertArrayEquals(new double[] {-2, 1, 3}, roundTrip(r).voxelToWorld(1, 2, 3), 1e-6);
    }

    @Test
    void withoutFormsWorldIsScaledIndex() throws Exception {
        NiftiHeader h = NiftiHeader.scaled(2, 2, 2, NiftiDataType.INT32, 2, 3, 4);
        assertArrayEquals(new double[] {1, 3, 8}, roundTrip(h).voxelToWorld(0.5, 1, 2), 1e-9);
    }

    private NiftiVolume roundTrip(NiftiHeader h) throws Exception {
        NiftiVolume v = h.type() == NiftiDataType.FLOAT32 ? NiftiVolume.ofFloats(h, new float[(int) h.voxelCount()])
                : NiftiVolume.ofInts(h, new int[(int) h.voxelCount()]);
        Path p = dir.resolve("t.nii.gz");
        NiftiWriter.write(v, p);
        return NiftiReader.read(p);
    }

    private Path valid(String name) throws IOException {
        NiftiHeader h = NiftiHeader.scaled(20, 20, 20, NiftiDataType.INT16, 1, 1, 1);
        Path p = dir.resolve(name);
        NiftiWriter.write(random(NiftiDataType.INT16, h, 7), p);
        return p;
    }

    @Test
    void truncatedGzipIsRefusedWithCounts() throws Exception {
        Path p = valid("cut.nii.gz");
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length / 2));
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("cut.nii.gz") && m.contains("truncated file: the voxel data")
                && m.contains("needs 16000 bytes, found "), m);
    }

    @Test
    void shortPlainFileIsRefusedWithCounts() throws Exception {
        Path p = valid("short.nii");
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length - 10));
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("short.nii") && m.contains("needs 16000 bytes, found 15990"), m);
        Files.write(p, Arrays.copyOf(all, 100));
        m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("the header needs 348 bytes, found 100"), m);
    }

    @Test
    void trailingDataBeyondTheVoxelsIsNotRead() throws Exception {
        Path p = valid("bomb.nii.gz");
        NiftiHeader h = NiftiReader.read(p).header();
        // The same header and voxels followed by 64 MiB of zeros compressed into a few kilobytes.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            byte[] plain = Files.readAllBytes(valid("plain.nii"));
            out.write(plain);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        Files.write(p, bytes.toByteArray());
        assertEquals(h, NiftiReader.read(p).header());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void nonPositiveDimsAreRefused(int bad) throws Exception {
        Path p = valid("dims.nii");
        byte[] b = Files.readAllBytes(p);
        b[44] = (byte) bad; // dim[2], little-endian short
        b[45] = (byte) (bad < 0 ? 0xff : 0);
        Files.write(p, b);
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("dims.nii") && m.contains("dim[2] must be positive, got " + bad), m);
    }

    @Test
    void oversizeVolumeIsRefusedBeforeAllocating() throws Exception {
        Path p = valid("huge.nii");
        byte[] b = Files.readAllBytes(p);
        for (int d = 1; d <= 3; d++) {
            b[40 + 2 * d] = (byte) 0xff;
            b[41 + 2 * d] = (byte) 0x7f; // 32767 along each axis: 64 TiB of int16
        }
        Files.write(p, b);
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("huge.nii") && m.contains("over the limit"), m);
        String small = assertThrows(DataException.class, () -> NiftiReader.read(valid("v.nii"), 1000)).getMessage();
        assertTrue(small.contains("needs 32000 bytes in memory, over the limit of 1000"), small);
    }

    @Test
    void badHeadersAreRefused() throws Exception {
        Path p = valid("bad.nii");
        byte[] good = Files.readAllBytes(p);
        byte[] b = good.clone();
        b[0] = 1;
        Files.write(p, b);
        assertTrue(assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage()
                .contains("bad.nii: not a NIfTI-1 file"));
        b = good.clone();
        b[70] = 64; // float64
        b[72] = 64;
        Files.write(p, b);
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("unsupported datatype float64 (64)"), m);
        b = good.clone();
        b[42] = 5; // dim[1] > 1 and dim[0] = 4 with 5 volumes
        b[40] = 4;
        b[48] = 5;
        Files.write(p, b);
        m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("must be 3-D, but dim[4] = 5"), m);
        b = good.clone();
        b[345] = 'i';
        Files.write(p, b);
        m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("two-file NIfTI"), m);
        Path empty = dir.resolve("empty.nii.gz");
        Files.write(empty, new byte[0]);
        m = assertThrows(DataException.class, () -> NiftiReader.read(empty)).getMessage();
        assertTrue(m.contains("empty.nii.gz") && m.contains("found 0"), m);
    }

    @Test
    void headerExtensionsAreSkipped() throws Exception {
        Path p = valid("ext.nii");
        NiftiVolume before = NiftiReader.read(p);
        byte[] b = Files.readAllBytes(p);
        byte[] longer = new byte[b.length + 48];
        System.arraycopy(b, 0, longer, 0, 352);
        System.arraycopy(b, 352, longer, 400, b.length - 352);
        longer[348] = 1; // an extension follows
        java.nio.ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putFloat(108, 400f);
        Files.write(p, longer);
        assertArrayEquals(before.labels(), NiftiReader.read(p).labels());
        Files.write(p, Arrays.copyOf(longer, 380));
        String m = assertThrows(DataException.class, () -> NiftiReader.read(p)).getMessage();
        assertTrue(m.contains("the header and its extensions needs 400 bytes, found 380"), m);
    }

    @Test
    void floatLabelsRound() {
        NiftiHeader h = NiftiHeader.scaled(3, 1, 1, NiftiDataType.FLOAT32, 1, 1, 1);
        NiftiVolume v = NiftiVolume.ofFloats(h, new float[] {2.0001f, Float.NaN, 6.9999f});
        assertArrayEquals(new int[] {2, 0, 7}, v.labels());
    }
}
