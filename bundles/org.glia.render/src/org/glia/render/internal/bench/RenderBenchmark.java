package org.glia.render.internal.bench;

import static org.lwjgl.opengl.GL33C.*;

import java.io.PrintStream;
import java.util.SplittableRandom;

import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.render.BrainRenderer;
import org.glia.render.BrainScene;
import org.glia.render.BrainScenes;
import org.glia.render.Camera;
import org.glia.render.HeadlessGl;
import org.glia.render.StandardView;

/**
 * {@code ./glia bench render [--frames N] [--size WxH]}: the AAL cerebrum (90 regions, default meshes) in
 * software GL: frame time while rotating (the camera changes every frame) with the full and the drag
 * meshes (also at half resolution), a translucent frame, new values to recoloured frame, and picking; the baseline is a frame that
 * only clears, measured in the same run.
 */
public final class RenderBenchmark implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        int frames = context.args().intOption("frames", 60, 5, 10_000);
        int width = context.args().intOption("width", 800, 16, 4096);
        int height = context.args().intOption("height", 600, 16, 4096);
        context.args().checkAllUsed();
        context.args().maxPositional(0);
        VolumeAtlas aal = SystemAtlases.aal(true);
        BrainScene scene = BrainScenes.load(aal.volume(), aal.labels(), true, context.monitor());
        double[] values = randomValues(aal.labels().size(), 1);
        scene.setValues(values);
        scene.fitMapping();
        PrintStream out = context.out();
        try (HeadlessGl gl = HeadlessGl.create(width, height); BrainRenderer renderer = new BrainRenderer()) {
            out.printf("AAL cerebrum, %d regions, %dx%d, %s, %s, %d frames per case%n", scene.meshes().meshes().size(),
                    width, height, gl.renderer(), gl.version(), frames);
            Camera camera = new Camera(scene.meshes().boundsMin(), scene.meshes().boundsMax());
            camera.setViewport(width, height);
            camera.view(StandardView.LEFT);
            gl.bind();
            out.printf("%-44s %10s %9s %9s %9s %8s%n", "case", "triangles", "median ms", "min ms", "max ms", "frames/s");
            print(out, "empty frame (clear only, baseline)", 0, FrameTimer.time(5, frames, () -> {
                glClearColor(1, 1, 1, 1);
                glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
            }));
            int full = renderer.triangleCount(scene);
            print(out, "rotating, full meshes", full, FrameTimer.time(3, frames, () -> {
                camera.rotate(7, 2);
                renderer.render(scene, camera);
            }));
            renderer.setDragging(true);
            renderer.setDragScale(1);
            int light = renderer.triangleCount(scene);
            print(out, "rotating, drag meshes, full resolution", light, FrameTimer.time(3, frames, () -> {
                camera.rotate(7, 2);
                renderer.render(scene, camera);
            }));
            renderer.setDragScale(0.5);
            print(out, "rotating, drag meshes, half resolution", light, FrameTimer.time(3, frames, () -> {
                camera.rotate(7, 2);
                renderer.render(scene, camera);
            }));
            renderer.setDragging(false);
            scene.setOpacity(0.5);
            print(out, "rotating, full meshes, all translucent (sorted)", full, FrameTimer.time(3, frames, () -> {
                camera.rotate(7, 2);
                renderer.render(scene, camera);
            }));
            scene.setOpacity(1);
            SplittableRandom rng = new SplittableRandom(7);
            print(out, "new values -> recoloured frame", full, FrameTimer.time(3, frames, () -> {
                scene.setValues(randomValues(values.length, rng.nextLong()));
                scene.fitMapping();
                renderer.render(scene, camera);
            }));
            renderer.render(scene, camera);
            glFinish();
            print(out, "pick a region at the centre", full, FrameTimer.time(3, frames, () -> {
                if (renderer.pick(width / 2, height / 2).isEmpty()) {
                    throw new IllegalStateException("the centre pixel shows no region");
                }
            }));
            print(out, "pick the background (corner)", full, FrameTimer.time(3, frames,
                    () -> renderer.pick(1, 1)));
        }
        out.println("Goal: >= 30 frames/s while rotating (the drag mode: drag meshes at half resolution), a median of at most 33 ms.");
        return OK;
    }

    private static void print(PrintStream out, String name, int triangles, FrameTimer.Stats s) {
        out.printf("%-44s %10s %9.1f %9.1f %9.1f %8.1f%n", name, triangles == 0 ? "-" : String.format("%,d", triangles),
                s.median(), s.min(), s.max(), s.fps());
    }

    private static double[] randomValues(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble();
        }
        return v;
    }
}
