package org.glia.render.tests;

import java.nio.ByteBuffer;

import org.glia.render.BrainRenderer;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.HeadlessGl;
import org.glia.render.StandardView;

/** A headless context, a renderer and helpers to read back pixels, for one test class. */
final class GlFixture implements AutoCloseable {

    static final int W = 320;
    static final int H = 240;

    final HeadlessGl gl = HeadlessGl.create(W, H);
    final BrainRenderer renderer = new BrainRenderer();
    private ByteBuffer pixels;

    /** A camera on the synthetic atlas from a standard view, sized to the context. */
    Camera camera(StandardView v) {
        Camera c = new Camera(SyntheticAtlas.meshes().boundsMin(), SyntheticAtlas.meshes().boundsMax());
        c.setViewport(W, H);
        c.view(v);
        return c;
    }

    /** Renders and reads the frame back. */
    void render(BrainScene scene, Camera camera) {
        gl.bind();
        renderer.render(scene, camera);
        pixels = gl.readRgba();
    }

    /** Reads the frame drawn into the bound framebuffer since (e.g. after an overlay). */
    void read() {
        pixels = gl.readRgba();
    }

    /** The 0xRRGGBB colour at a pixel of the last frame (top-left origin). */
    int rgb(int x, int y) {
        int i = (y * W + x) * 4;
        return (pixels.get(i) & 255) << 16 | (pixels.get(i + 1) & 255) << 8 | pixels.get(i + 2) & 255;
    }

    /** The pixel under a region's projected centroid. */
    static int[] centroidPixel(Camera c, int index) {
        double[] w = SyntheticAtlas.meshes().centroids().get(index);
        double[] p = c.project(w[0], w[1], w[2]);
        return new int[] {(int) Math.floor(p[0]), (int) Math.floor(p[1])};
    }

    @Override
    public void close() {
        gl.bind();
        renderer.close();
        gl.close();
    }
}
