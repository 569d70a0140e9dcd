package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glia.atlas.NiftiDataType;
import org.glia.atlas.NiftiHeader;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.NiftiWriter;
import org.glia.cohort.internal.cli.CheckCommand;
import org.glia.cohort.internal.cli.DemoDataCommand;
import org.glia.cohort.internal.cli.DemoDataTask;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** glia check and glia demo-data, driven as the launcher drives them. */
class CommandsTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(GliaCommand command, String... args) throws Exception {
        return command.run(CommandContext.of(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tmp, null));
    }

    private CohortDir cohort() throws Exception {
        return CohortDir.create(tmp.resolve("c"), 3).participants("a HC 1", "b AD 2", "c HC 3")
                .csv("a", CohortDir.symmetric(3, 1)).csv("b", CohortDir.symmetric(3, 2))
                .csv("c", CohortDir.symmetric(3, 3));
    }

    @Test
    void checkPrintsOneJsonObject() throws Exception {
        cohort();
        assertEquals(GliaCommand.OK, run(new CheckCommand(), "c", "--json"));
        JsonObject o = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(3, o.get("subjects").getAsInt());
        assertEquals(3, o.get("regions").getAsInt());
        assertEquals(2, o.getAsJsonObject("classes").get("HC").getAsInt());
        assertEquals(1, o.getAsJsonObject("classes").get("AD").getAsInt());
        assertEquals("CSV", o.getAsJsonArray("formats").get(0).getAsString());
        assertTrue(o.get("atlas").isJsonNull());
    }

    @Test
    void checkPrintsASummary() throws Exception {
        cohort();
        assertEquals(GliaCommand.OK, run(new CheckCommand(), "c"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Subjects:        3 (HC 2, AD 1)"), text);
        assertTrue(text.contains("Regions:         3"), text);
        assertTrue(text.contains("Matrix format:   CSV"), text);
        assertTrue(text.contains("Warnings:        none"), text);
    }

    @Test
    void checkReadsTheAtlasAndWarnsAboutMissingRegions() throws Exception {
        CohortDir d = cohort();
        int[] voxels = {0, 1, 2, 7, 0, 0, 1, 1};
        NiftiWriter.write(NiftiVolume.ofInts(NiftiHeader.scaled(2, 2, 2, NiftiDataType.UINT8, 2, 2, 2), voxels),
                d.path("atlas.nii.gz"));
        assertEquals(GliaCommand.OK, run(new CheckCommand(), "c"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Atlas:           atlas.nii.gz (2 x 2 x 2 voxels)"), text);
        assertTrue(text.contains("1 region(s) of the label table have no voxel: R3"), text);
        assertTrue(text.contains("1 voxel label value(s) have no row in the label table"), text);
        Files.write(d.path("atlas.nii.gz"), new byte[] {1, 2, 3});
        assertThrows(DataException.class, () -> run(new CheckCommand(), "c"));
    }

    @Test
    void checkThrowsTheFullReportForAnInvalidCohort() throws Exception {
        CohortDir d = cohort();
        Files.writeString(d.path("connectomes/a.csv"), "0,1\n1,0\n");
        Files.writeString(d.path("connectomes/stray.csv"), "0,1,1\n1,0,1\n1,1,0\n");
        DataException e = assertThrows(DataException.class, () -> run(new CheckCommand(), "c", "--json"));
        assertTrue(e.getMessage().contains("a.csv: matrix is 2 x 2 but labels.tsv has 3 regions"), e.getMessage());
        assertTrue(e.getMessage().contains("stray.csv: no participant 'stray'"), e.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout");
    }

    @Test
    void checkRefusesBadArguments() {
        assertThrows(UsageException.class, () -> run(new CheckCommand()));
        assertThrows(UsageException.class, () -> run(new CheckCommand(), "c", "--jsn"));
        assertThrows(UsageException.class, () -> run(new CheckCommand(), "c", "d"));
    }

    @Test
    void demoDataRefusesANonEmptyFolderWithoutForce() throws Exception {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/keep.txt"), "mine");
        UsageException e = assertThrows(UsageException.class, () -> run(new DemoDataCommand(), "out"));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertThrows(UsageException.class, () -> run(new DemoDataCommand(), "out", "--seed", "x"));
    }

    @Test
    void demoDataSaysHowToInstallAalWhenMissing() throws Exception {
        int code = new DemoDataTask(new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(tmp.resolve("out"), 1, false, null, null);
        assertEquals(GliaCommand.FAILED, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("apt-get install mricron-data"), err.toString());
    }
}
