package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.glia.core.io.DataException;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;
import org.glia.model.io.GliaDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save/load round trips and the refusal of damaged documents. */
class DocumentTest {

    @TempDir
    Path dir;

    @Test
    void roundTripIsBitExact() throws Exception {
        Study s = Fixtures.study();
        WeightMatrix w = s.getNetwork().getLayers().get(1).getWeights();
        w.set(0, 0, Double.MIN_VALUE);
        w.set(0, 1, -0.0);
        w.set(1, 0, Double.MAX_VALUE);
        w.set(1, 1, Math.nextUp(1.0));
        s.getNetwork().getLayers().get(0).getNodes().get(0).setLabel("Pr\u00e9cun\u00e9us <L> & \"R\"");
        s.getPendingEdits().add("Set Weight 1:3\u21922:0 to 0.5");
        String before = Snapshot.of(s);
        Path f = dir.resolve("a.glia");
        GliaDocument.save(s, f);
        Study loaded = GliaDocument.load(f);
        assertEquals(before, Snapshot.of(loaded));
        assertNotSame(s, loaded);
        assertEquals(loaded.getVersions().get(1), loaded.getCurrentVersion());
        assertEquals(loaded.getVersions().get(0), loaded.getVersions().get(1).getParent());
        // saving the loaded study again gives the same document
        Path g = dir.resolve("b.glia");
        GliaDocument.save(loaded, g);
        assertEquals(before, Snapshot.of(GliaDocument.load(g)));
    }

    @Test
    void largeMatrixRoundTrip() throws Exception {
        Network n = Fixtures.network(278, new int[] {1024}, 3, 3);
        Study s = Fixtures.study();
        s.setNetwork(n);
        s.setCurrentVersion(null);
        s.getVersions().clear();
        Path f = dir.resolve("big.glia");
        GliaDocument.save(s, f);
        Study loaded = GliaDocument.load(f);
        for (int k = 1; k < 3; k++) {
            assertTrue(Arrays.equals(n.getLayers().get(k).getWeights().getValues(),
                    loaded.getNetwork().getLayers().get(k).getWeights().getValues()));
        }
        assertTrue(Files.size(f) > 8L * 278 * 1024);
    }

    @Test
    void everyTruncationIsRefused() throws Exception {
        Path f = dir.resolve("t.glia");
        GliaDocument.save(Fixtures.study(), f);
        byte[] bytes = Files.readAllBytes(f);
        for (int len = 0; len < bytes.length; len += Math.max(1, bytes.length / 97)) {
            Path t = dir.resolve("cut" + len + ".glia");
            Files.write(t, Arrays.copyOf(bytes, len));
            DataException e = assertThrows(DataException.class, () -> GliaDocument.load(t), "length " + len);
            assertTrue(e.getMessage().contains(t.toString()), e.getMessage());
        }
        Path t = dir.resolve("cutLast.glia");
        Files.write(t, Arrays.copyOf(bytes, bytes.length - 1));
        assertThrows(DataException.class, () -> GliaDocument.load(t));
    }

    @Test
    void flippedBitsAreRefused() throws Exception {
        Path f = dir.resolve("c.glia");
        GliaDocument.save(Fixtures.study(), f);
        byte[] bytes = Files.readAllBytes(f);
        SplittableRandom r = new SplittableRandom(1);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] copy = bytes.clone();
            int at = r.nextInt(copy.length);
            copy[at] ^= (byte) (1 << r.nextInt(8));
            Path t = dir.resolve("flip" + i + ".glia");
            Files.write(t, copy);
            try {
                GliaDocument.load(t);
            } catch (DataException e) {
                refused++;
                assertTrue(e.getMessage().startsWith(t.toString()), e.getMessage());
            }
        }
        // a flip may hit a byte that carries no information (e.g. zip header timestamps); most must be caught
        assertTrue(refused > 150, "only " + refused + " of 200 damaged files were refused");
    }

    @Test
    void damagedWeightsFailTheChecksum() throws Exception {
        Path f = dir.resolve("w.glia");
        Study s = Fixtures.study();
        s.getNetwork().getLayers().get(1).getWeights().set(0, 0, 1.25);
        GliaDocument.save(s, f);
        byte[] bytes = Files.readAllBytes(f);
        byte[] pattern = new byte[8];
        java.nio.ByteBuffer.wrap(pattern).order(java.nio.ByteOrder.LITTLE_ENDIAN).putDouble(1.25);
        int at = indexOf(bytes, pattern);
        assertTrue(at > 0);
        bytes[at + 7] ^= 0x01;
        Files.write(f, bytes);
        DataException e = assertThrows(DataException.class, () -> GliaDocument.load(f));
        assertTrue(e.getMessage().contains("weights.bin") && e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void foreignFilesAreRefused() throws Exception {
        Path text = dir.resolve("text.glia");
        Files.writeString(text, "hello");
        assertTrue(assertThrows(DataException.class, () -> GliaDocument.load(text)).getMessage()
                .contains("not a Glia document"));
        Path empty = dir.resolve("empty.glia");
        Files.write(empty, new byte[0]);
        assertThrows(DataException.class, () -> GliaDocument.load(empty));
        Path missing = dir.resolve("missing.glia");
        assertTrue(assertThrows(DataException.class, () -> GliaDocument.load(missing)).getMessage()
                .contains("does not exist"));
        Path noWeights = zip("nw.glia", "study.xmi", "<x/>".getBytes());
        assertTrue(assertThrows(DataException.class, () -> GliaDocument.load(noWeights)).getMessage()
                .contains("weights.bin"));
    }

    @Test
    void badStructureIsRefused() throws Exception {
        Path f = dir.resolve("s.glia");
        GliaDocument.save(Fixtures.study(), f);
        byte[] xmi = entry(f, "study.xmi");
        byte[] weights = entry(f, "weights.bin");
        String text = new String(xmi, "ASCII");

        Path garbage = zip("g.glia", "study.xmi", "<not xmi".getBytes(), "weights.bin", weights);
        DataException e = assertThrows(DataException.class, () -> GliaDocument.load(garbage));
        assertTrue(e.getMessage().contains("study.xmi"), e.getMessage());

        Path shape = zip("sh.glia", "study.xmi", text.replaceFirst("rows=\"4\"", "rows=\"3\"").getBytes(),
                "weights.bin", weights);
        e = assertThrows(DataException.class, () -> GliaDocument.load(shape));
        assertTrue(e.getMessage().contains("weights.bin") && e.getMessage().contains("3 x 5"), e.getMessage());

        Path kind = zip("k.glia", "study.xmi", text.replaceFirst("kind=\"hidden\"", "kind=\"output\"").getBytes(),
                "weights.bin", weights);
        e = assertThrows(DataException.class, () -> GliaDocument.load(kind));
        assertTrue(e.getMessage().contains("layer 1") && e.getMessage().contains("OUTPUT") || e.getMessage()
                .contains("output"), e.getMessage());

        Path enumValue = zip("e.glia", "study.xmi", text.replaceFirst("activation=\"relu\"", "activation=\"rel\"")
                .getBytes(), "weights.bin", weights);
        e = assertThrows(DataException.class, () -> GliaDocument.load(enumValue));
        assertTrue(e.getMessage().contains("rel"), e.getMessage());
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return f;
    }

    private static byte[] entry(Path f, String name) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer: for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
