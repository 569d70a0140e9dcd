package org.glia.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.render.internal.cli.RenderCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glia render} end to end on a small cohort whose atlas is the synthetic one. */
class RenderCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void cohort() throws Exception {
        Path c = tmp.resolve("cohort");
        Files.createDirectories(c.resolve("connectomes"));
        SyntheticAtlas.writeTo(c);
        Files.writeString(c.resolve("participants.tsv"), "participant_id\tdiagnosis\ns1\tHC\ns2\tAD\n");
        for (String id : new String[] {"s1", "s2"}) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    sb.append(j > 0 ? "," : "").append(i == j ? 0 : 0.1 * (i + j));
                }
                sb.append('\n');
            }
            Files.writeString(c.resolve("connectomes/" + id + ".csv"), sb);
        }
        Files.writeString(tmp.resolve("importance.csv"), """
                region,class,importance,rank
                Cube_L,AD,0.4,1
                Cube_R,AD,0.1,4
                Front_L,AD,0.3,2
                Front_R,AD,0.2,3
                Sphere,AD,0.05,5
                Cube_L,HC,0.2,1
                """);
    }

    @AfterEach
    void restoreCacheFolder() {
        if (previousCache == null) {
            System.clearProperty("glia.mesh.cache");
        } else {
            System.setProperty("glia.mesh.cache", previousCache);
        }
    }

    private final String previousCache = System.getProperty("glia.mesh.cache");

    private int run(String... args) throws Exception {
        System.setProperty("glia.mesh.cache", tmp.resolve("cache").toString());
        CommandContext ctx = CommandContext.of(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), tmp, new NullProgressMonitor());
        return new RenderCommand().run(ctx);
    }

    @Test
    void rendersAClassMapToAPngOfTheRequestedSize() throws Exception {
        assertEquals(GliaCommand.OK, run("cohort", "--map", "importance.csv", "--class", "AD", "--view", "left",
                "--out", "pics/brain.png", "--size", "400x300", "--colormap", "inferno", "--threshold", "0.15",
                "--top", "3"));
        BufferedImage img = ImageIO.read(tmp.resolve("pics/brain.png").toFile());
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("class AD, view left"), out.toString(StandardCharsets.UTF_8));
        assertEquals(GliaCommand.OK, run("cohort", "--map", "importance.csv", "--class", "HC", "--out", "hc.png",
                "--size", "200x160", "--below", "hide", "--mapping", "gamma:0.5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("4 of 5 regions have no value for class HC"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesUnknownRegionsAndClassesNamingTheFile() throws Exception {
        Files.writeString(tmp.resolve("bad.csv"), "region,class,importance,rank\nHippocampus_L,AD,0.3,1\n");
        DataException e = assertThrows(DataException.class,
                () -> run("cohort", "--map", "bad.csv", "--class", "AD", "--out", "x.png"));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("unknown region 'Hippocampus_L'"),
                e.getMessage());
        e = assertThrows(DataException.class,
                () -> run("cohort", "--map", "importance.csv", "--class", "MCI", "--out", "x.png"));
        assertTrue(e.getMessage().contains("no rows for class 'MCI'"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("x.png")));
    }

    @Test
    void saysSoWhenTheCohortHasNoAtlas() throws Exception {
        Files.delete(tmp.resolve("cohort/atlas.nii.gz"));
        DataException e = assertThrows(DataException.class,
                () -> run("cohort", "--map", "importance.csv", "--class", "AD", "--out", "x.png"));
        assertTrue(e.getMessage().contains("the cohort has no atlas"), e.getMessage());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThrows(UsageException.class, () -> run("cohort", "--map", "importance.csv", "--out", "x.png", "--size", "big"));
        assertThrows(UsageException.class, () -> run("cohort", "--map", "importance.csv", "--out", "x.png", "--view", "side"));
        assertThrows(UsageException.class, () -> run("cohort", "--map", "importance.csv", "--out", "x.png", "--colormap", "jet"));
        assertThrows(UsageException.class, () -> run("cohort", "--map", "importance.csv", "--out", "x.png", "--below", "fade"));
        assertThrows(UsageException.class, () -> run("cohort", "--out", "x.png"));
        assertThrows(UsageException.class, () -> run("cohort", "--map", "importance.csv", "--out", "x.png", "--colour", "x"));
    }
}
