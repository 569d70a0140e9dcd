package org.glia.render.tests;

import static org.glia.render.tests.SyntheticAtlas.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.glia.core.color.BuiltinColorMaps;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG export: size, file, colour bar and the brain itself. */
class BrainImagesTest {

    @TempDir
    Path tmp;

    private static BrainScene scene() {
        BrainScene s = new BrainScene(meshes(), LABELS);
        s.setValues(new double[] {0, 0.25, 0.5, 1, 0.75});
        return s;
    }

    private static Camera camera() {
        Camera c = new Camera(meshes().boundsMin(), meshes().boundsMax());
        c.view(StandardView.TOP);
        return c;
    }

    @Test
    void writesAPngOfTheRequestedSize() throws Exception {
        try (BrainImages images = new BrainImages()) {
            for (int[] size : new int[][] {{400, 300}, {333, 517}}) {
                BufferedImage img = images.render(scene(), camera(),
                        ImageOptions.of(size[0], size[1]).withTitle("AD: test").withValueName("importance")
                                .withLegend("|A| used for negative activations").withTopK(3));
                Path file = tmp.resolve("out/brain-" + size[0] + ".png");
                BrainImages.writePng(img, file);
                BufferedImage back = ImageIO.read(file.toFile());
                assertEquals(size[0], back.getWidth());
                assertEquals(size[1], back.getHeight());
            }
        }
        try (var files = Files.list(tmp.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void thePictureHoldsTheBrainAndTheColourBar() {
        BrainScene s = scene();
        BufferedImage img = BrainImages.renderOnce(s, camera(), ImageOptions.of(480, 360).withTopK(0).withSupersample(1));
        int top = BuiltinColorMaps.VIRIDIS.rgb(1);
        int bottom = BuiltinColorMaps.VIRIDIS.rgb(0);
        boolean topFound = false;
        boolean bottomFound = false;
        for (int y = 0; y < 360; y++) {
            for (int x = 400; x < 480; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                topFound |= rgb == top;
                bottomFound |= rgb == bottom;
            }
        }
        assertTrue(topFound && bottomFound, "the colour bar's ends are in the right-hand strip");
        int nonBackground = 0;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 380; x++) {
                nonBackground += (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(nonBackground > 2000, "the brain is drawn: " + nonBackground + " pixels");
    }

    @Test
    void labelsDrawTextOverTheTopRegions() {
        BrainScene s = scene();
        ImageOptions plain = ImageOptions.of(480, 360).withTopK(0).withColorBar(false);
        BufferedImage without = BrainImages.renderOnce(s, camera(), plain);
        BufferedImage with = BrainImages.renderOnce(s, camera(), plain.withTopK(2));
        int changed = 0;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 480; x++) {
                changed += without.getRGB(x, y) == with.getRGB(x, y) ? 0 : 1;
            }
        }
        assertTrue(changed > 200, "labels changed " + changed + " pixels");
    }
}
