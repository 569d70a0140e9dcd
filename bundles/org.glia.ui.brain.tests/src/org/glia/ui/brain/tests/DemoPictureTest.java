package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.atlas.SystemAtlases;
import org.glia.cohort.demo.AalDemoAtlas;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoSettings;
import org.glia.core.color.ColorMaps;
import org.glia.render.GlUnavailableException;
import org.glia.render.HeadlessGl;
import org.glia.report.Analysis;
import org.glia.report.AnalysisOptions;
import org.glia.report.AnalysisResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's picture of the demo cohort's AD map: the demo cohort as {@code glia demo-data OUT --seed 1} writes
 * it, analysed HC vs AD as {@code ./glia} does without a display ({@code glia analyze --classes HC,AD}, through the
 * report's own code), whose AD class map from the left (names of the top regions, colour bar) is copied to
 * {@code docs/images/demo-ad-left.png} when the system property {@code glia.root} is set. Skipped without
 * Debian's AAL atlas (mricron-data) or headless OpenGL.
 */
public class DemoPictureTest {

    /** The README's image. */
    static final String IMAGE = "demo-ad-left.png";

    @TempDir
    Path dir;

    @Test
    void analysesTheDemoCohortAndDrawsTheAdMapFromTheLeft() throws Exception {
        Assumptions.assumeTrue(SystemAtlases.hasAal(), "needs Debian's mricron-data (AAL) for the demo cohort");
        Assumptions.assumeTrue(headlessGl(), "needs headless OpenGL (EGL, Mesa)");
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        Path cohort = writeDemoCohort(dir.resolve("demo-cohort"), 1);
        Path out = dir.resolve("report");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        AnalysisResult result = Analysis.run(AnalysisOptions.defaults(cohort, out).withClasses(List.of("HC", "AD")),
                new PrintStream(log, true, StandardCharsets.UTF_8), new NullProgressMonitor());
        assertEquals(List.of("HC", "AD"), result.classes());

        Path picture = out.resolve("brain-AD-left.png");
        assertTrue(Files.exists(picture), "the report drew the AD map from the left: " + log);
        BufferedImage image = ImageIO.read(picture.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(coloured(image, 0, 600) > 20_000, "the brain fills the picture");
        int top = ColorMaps.defaultMap().rgb(1);
        int bottom = ColorMaps.defaultMap().rgb(0);
        assertTrue(holds(image, 650, top) && holds(image, 650, bottom), "the colour bar is on the right");

        String root = System.getProperty("glia.root");
        if (root != null && !root.isBlank()) {
            Path target = Path.of(root, "docs", "images", IMAGE);
            Files.createDirectories(target.getParent());
            Files.copy(picture, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes the demo cohort into {@code folder} as {@code glia demo-data} does: AAL's cerebrum (labels 1..90) with
     * its region centroids, default settings, the label volume restricted to the cerebrum.
     */
    public static Path writeDemoCohort(Path folder, long seed) throws Exception {
        AalDemoAtlas atlas = AalDemoAtlas.load(SystemAtlases.aal(true));
        new DemoCohortGenerator(atlas.regions(), DemoSettings.defaults()).write(seed, folder, atlas.volume(),
                new NullProgressMonitor());
        return folder;
    }

    private static boolean headlessGl() {
        try {
            HeadlessGl.create(4, 4).close();
            return true;
        } catch (GlUnavailableException | LinkageError e) {
            return false;
        }
    }

    /** Pixels that are neither white nor grey in columns [x0, x1). */
    private static int coloured(BufferedImage image, int x0, int x1) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                n += Pixels.grey(image.getRGB(x, y)) ? 0 : 1;
            }
        }
        return n;
    }

    private static boolean holds(BufferedImage image, int x0, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
