package org.glia.report.internal.soak;

import java.awt.image.BufferedImage;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.cohort.Cohort;
import org.glia.core.color.ColorMaps;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.BrainScenes;
import org.glia.render.Camera;
import org.glia.render.ImageOptions;
import org.glia.render.StandardView;

/**
 * Renders the class map on the cohort's atlas headless (EGL) as the brain view would show it after each
 * retraining: one scene and one offscreen context for the whole run, the camera turned a little every cycle.
 */
final class BrainRenderStep implements RenderStep {

    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;

    private final BrainScene scene;
    private final Camera camera;
    private final BrainImages images = new BrainImages();
    private final ImageOptions options = ImageOptions.of(WIDTH, HEIGHT).withValueName("importance").withTopK(5);

    private BrainRenderStep(BrainScene scene) {
        this.scene = scene;
        scene.setColorMap(ColorMaps.defaultMap());
        camera = new Camera(scene.meshes().boundsMin(), scene.meshes().boundsMax());
        camera.view(StandardView.LEFT);
    }

    /** Loads the atlas meshes of {@code cohort}; throws the renderer's exceptions. */
    static BrainRenderStep open(Cohort cohort, IProgressMonitor monitor) throws Exception {
        return new BrainRenderStep(BrainScenes.load(cohort.atlas(), cohort.labels(), false, monitor));
    }

    @Override
    public long render(double[] values, int cycle) {
        scene.setValues(values);
        scene.fitMapping();
        camera.rotate(7, 0);
        BufferedImage image = images.render(scene, camera, options.withTitle("cycle " + cycle));
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                sum = sum * 31 + image.getRGB(x, y);
            }
        }
        return sum;
    }

    @Override
    public String description() {
        return WIDTH + "x" + HEIGHT + " brain picture (" + scene.meshes().meshes().size()
                + " region meshes) per cycle, headless OpenGL (EGL)";
    }

    @Override
    public boolean active() {
        return true;
    }

    @Override
    public void close() {
        images.close();
    }
}
