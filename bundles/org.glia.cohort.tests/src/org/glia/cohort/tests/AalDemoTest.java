package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.glia.atlas.NiftiReader;
import org.glia.atlas.SystemAtlases;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.demo.DemoSettings;
import org.glia.cohort.internal.cli.CheckCommand;
import org.glia.cohort.internal.cli.DemoDataCommand;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code glia demo-data} on the installed AAL atlas (skipped when mricron-data is not installed). */
class AalDemoTest {

    @TempDir
    static Path tmp;

    private static String err;

    @BeforeAll
    static void writeDemo() throws Exception {
        Assumptions.assumeTrue(SystemAtlases.hasAal(), "AAL (Debian mricron-data) is not installed");
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        assertEquals(GliaCommand.OK, run(new DemoDataCommand(), new ByteArrayOutputStream(), e, "demo"));
        err = e.toString(StandardCharsets.UTF_8);
    }

    private static int run(GliaCommand c, ByteArrayOutputStream out, ByteArrayOutputStream e, String... args)
            throws Exception {
        return c.run(CommandContext.of(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), tmp, null));
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void writesTheDemoCohortOnAalCerebrum() throws Exception {
        Cohort c = CohortLoader.load(tmp.resolve("demo"), null);
        assertEquals(Map.of("HC", 43, "MCI", 42, "AD", 19), c.classCounts());
        assertEquals(90, c.regionCount());
        assertEquals("Precentral_L", c.labels().get(0).name());
        assertEquals("Temporal_Inf_R", c.labels().get(89).name());
        assertTrue(c.labels().get(0).hasColour(), "AAL colours kept");
        assertEquals(DemoSettings.AAL_PLANTED, c.plantedRegions());
        assertTrue(err.contains("demo-data: wrote 104 subjects x 90 regions"), err);
        int[] labels = NiftiReader.read(c.atlas()).labels();
        boolean[] seen = new boolean[117];
        for (int v : labels) {
            seen[v] = true;
        }
        for (int i = 1; i <= 116; i++) {
            assertEquals(i <= 90, seen[i], "label " + i + " in atlas.nii.gz");
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndForceOverwrites() throws Exception {
        assertEquals(GliaCommand.OK, run(new DemoDataCommand(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), "again", "--seed", "1"));
        Map<String, byte[]> a = files(tmp.resolve("demo"));
        Map<String, byte[]> b = files(tmp.resolve("again"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        assertThrows(UsageException.class, () -> run(new DemoDataCommand(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), "again", "--seed", "2"));
        assertEquals(GliaCommand.OK, run(new DemoDataCommand(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), "again", "--seed", "2", "--force"));
        assertTrue(!java.util.Arrays.equals(a.get("connectomes/sub-001.csv"),
                Files.readAllBytes(tmp.resolve("again/connectomes/sub-001.csv"))));
    }

    @Test
    void checkReportsTheDemo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(GliaCommand.OK, run(new CheckCommand(), out, new ByteArrayOutputStream(), "demo", "--json"));
        JsonObject o = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(104, o.get("subjects").getAsInt());
        assertEquals(90, o.get("regions").getAsInt());
        assertEquals(19, o.getAsJsonObject("classes").get("AD").getAsInt());
        assertTrue(o.get("atlas").getAsString().endsWith("atlas.nii.gz"));
    }
}
