package org.glia.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.glia.model.Study;
import org.glia.model.internal.io.GliaResourceImpl;
import org.glia.model.io.GliaDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails part way leaves the previous document intact and no debris. */
class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void savingTheSameModelTwiceGivesTheSameBytesAndReadablePermissions() throws Exception {
        Study s = Fixtures.study();
        Path a = dir.resolve("a.glia");
        Path b = dir.resolve("b.glia");
        GliaDocument.save(s, a);
        Thread.sleep(2100); // zip entry times have a 2 s resolution: a clock-stamped save would differ
        GliaDocument.save(s, b);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)), "identical documents");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(a)));
    }

    @Test
    void crashMidSaveKeepsTheOldDocument() throws Exception {
        Path f = dir.resolve("doc.glia");
        Study s = Fixtures.study();
        GliaDocument.save(s, f);
        String saved = Snapshot.of(GliaDocument.load(f));
        long size = Files.size(f);

        s.getNetwork().getLayers().get(1).getWeights().set(0, 0, 123.0);
        s.setName("changed");
        Resource r = s.eResource();
        for (long cut : new long[] {0, 10, size / 2, size - 5}) {
            UnaryOperator<OutputStream> crash = out -> new OutputStream() {
                long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (written + len > cut) {
                        out.write(b, off, (int) (cut - written));
                        out.flush();
                        throw new IOException("simulated crash after " + cut + " bytes");
                    }
                    written += len;
                    out.write(b, off, len);
                }
            };
            IOException e = assertThrows(IOException.class,
                    () -> r.save(Map.of(GliaResourceImpl.OPTION_STREAM_FILTER, crash)));
            assertTrue(e.getMessage().contains("simulated crash"), e.getMessage());
            assertEquals(saved, Snapshot.of(GliaDocument.load(f)), "cut at " + cut);
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.count(), "temporary files left behind");
            }
        }
        // and a successful save replaces it
        r.save(null);
        assertEquals("changed", GliaDocument.load(f).getName());
    }
}
