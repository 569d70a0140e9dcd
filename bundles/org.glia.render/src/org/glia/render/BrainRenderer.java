package org.glia.render;

import static org.lwjgl.opengl.GL33C.*;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.glia.atlas.AtlasMeshes;
import org.glia.render.internal.DrawList;
import org.glia.render.internal.GlProgram;
import org.glia.render.internal.PickTarget;
import org.glia.render.internal.RegionGeometry;
import org.glia.render.internal.ScaledTarget;
import org.glia.render.internal.Shaders;
import org.lwjgl.system.MemoryStack;

/**
 * Draws a {@link BrainScene} with OpenGL 3.3 core into whatever framebuffer is bound (a {@link HeadlessGl}
 * target, or a window's canvas), and picks regions under a pixel.
 * <p>
 * A renderer belongs to the GL context current when it first draws: it uploads each scene's meshes there
 * once, then a frame only sets uniforms and issues one draw call per region. Opaque regions are drawn first
 * with depth writes, then translucent ones back to front without depth writes. While a region is highlighted
 * (the selection) it gets a warm rim and the others fade towards the background. Use it on the context's
 * thread and {@link #close()} it while the context is still current.
 */
public final class BrainRenderer implements AutoCloseable {

    // Light directions in eye space: key from the upper left in front, fill from the lower right.
    private static final double[] KEY = normalize(-0.4, 0.5, 1.0);
    private static final double[] FILL = normalize(0.6, -0.3, 0.6);
    /** How far regions other than the highlighted one fade towards the background, so the selection stands out. */
    public static final double DIM = 0.55;

    private final Map<AtlasMeshes, RegionGeometry> geometries = new HashMap<>();
    private GlProgram shade;
    private GlProgram pickProgram;
    private final PickTarget pickTarget = new PickTarget();
    private Lighting lighting = Lighting.DEFAULT;
    private boolean dragging;
    private double dragScale = 0.5;
    private final ScaledTarget scaled = new ScaledTarget();
    private BrainScene lastScene;
    private double[] lastView;
    private double[] lastProjection;
    private int lastWidth;
    private int lastHeight;

    /** Sets the lighting (default {@link Lighting#DEFAULT}). */
    public void setLighting(Lighting l) {
        lighting = l;
    }

    /**
     * While true, frames use the scene's lighter drag meshes when it has them, drawn at the drag scale's
     * resolution; picking keeps the full resolution.
     */
    public void setDragging(boolean on) {
        dragging = on;
    }

    /**
     * While dragging, draws at this fraction of the resolution (0.25..1) and stretches the result over the
     * viewport, because software GL spends most of a frame shading pixels (default 0.5; 1 keeps the full
     * resolution).
     */
    public void setDragScale(double scale) {
        if (!(scale >= 0.25 && scale <= 1)) {
            throw new IllegalArgumentException("drag scale must be within 0.25..1, got " + scale);
        }
        dragScale = scale;
    }

    /**
     * Draws the scene as the camera sees it into the bound framebuffer, over a viewport of the camera's
     * size starting at (0, 0), clearing it to the scene's background first.
     */
    public void render(BrainScene scene, Camera camera) {
        if (!dragging || dragScale == 1) {
            draw(scene, camera, camera.width(), camera.height());
            return;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var destination = stack.mallocInt(1);
            glGetIntegerv(GL_FRAMEBUFFER_BINDING, destination);
            int w = Math.max(1, (int) Math.round(camera.width() * dragScale));
            int h = Math.max(1, (int) Math.round(camera.height() * dragScale));
            scaled.bind(w, h);
            draw(scene, camera, w, h);
            scaled.blitTo(destination.get(0), camera.width(), camera.height());
        }
    }

    private void draw(BrainScene scene, Camera camera, int viewportWidth, int viewportHeight) {
        RegionGeometry geometry = geometry(scene);
        if (shade == null) {
            shade = new GlProgram(Shaders.VERTEX, Shaders.SHADE);
        }
        int bg = scene.background();
        glViewport(0, 0, viewportWidth, viewportHeight);
        glClearColor((bg >> 16 & 255) / 255f, (bg >> 8 & 255) / 255f, (bg & 255) / 255f, 1f);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        lastScene = scene;
        lastView = camera.viewMatrix();
        lastProjection = camera.projectionMatrix();
        lastWidth = camera.width();
        lastHeight = camera.height();

        shade.use();
        shade.setMatrix("u_view", lastView);
        shade.setMatrix("u_projection", lastProjection);
        shade.set("u_key", KEY[0], KEY[1], KEY[2]);
        shade.set("u_fill", FILL[0], FILL[1], FILL[2]);
        shade.set("u_lighting", lighting.ambient(), lighting.key(), lighting.fill(), lighting.specular());
        shade.set("u_shininess", lighting.shininess());
        shade.set("u_background", (bg >> 16 & 255) / 255.0, (bg >> 8 & 255) / 255.0, (bg & 255) / 255.0);
        geometry.bind();
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_LESS);
        glEnable(GL_CULL_FACE);
        glCullFace(GL_BACK);
        DrawList list = DrawList.of(scene, camera);
        glDepthMask(true);
        glDisable(GL_BLEND);
        int highlighted = scene.highlighted().orElse(-1);
        for (DrawList.Entry e : list.opaque()) {
            draw(geometry, e, highlighted);
        }
        if (!list.translucent().isEmpty()) {
            glEnable(GL_BLEND);
            glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
            glDepthMask(false);
            for (DrawList.Entry e : list.translucent()) {
                draw(geometry, e, highlighted);
            }
            glDepthMask(true);
            glDisable(GL_BLEND);
        }
        glBindVertexArray(0);
        glUseProgram(0);
    }

    private void draw(RegionGeometry geometry, DrawList.Entry e, int highlighted) {
        int rgb = e.look().rgb();
        shade.set("u_color", (rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0, e.look().alpha());
        shade.set("u_highlight", e.index() == highlighted ? 1 : 0);
        shade.set("u_dim", highlighted >= 0 && e.index() != highlighted ? DIM : 0);
        geometry.draw(e.index());
    }

    /**
     * The region drawn at pixel {@code (x, y)} (top-left origin) of the last frame, or empty for the
     * background. The nearest region wins, except that a region drawn as glass is only picked where no
     * other region shows at that pixel, so interior regions can be picked through a glass cortex. Restores
     * the bound framebuffer and viewport.
     */
    public OptionalInt pick(int x, int y) {
        if (lastScene == null || x < 0 || y < 0 || x >= lastWidth || y >= lastHeight) {
            return OptionalInt.empty();
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var previousFbo = stack.mallocInt(1);
            var previousViewport = stack.mallocInt(4);
            glGetIntegerv(GL_FRAMEBUFFER_BINDING, previousFbo);
            glGetIntegerv(GL_VIEWPORT, previousViewport);
            int id = pickAt(x, lastHeight - 1 - y);
            glBindFramebuffer(GL_FRAMEBUFFER, previousFbo.get(0));
            glViewport(previousViewport.get(0), previousViewport.get(1), previousViewport.get(2), previousViewport.get(3));
            return id > 0 ? OptionalInt.of(id - 1) : OptionalInt.empty();
        }
    }

    /**
     * The region at every pixel of the last frame (label index, -1 for the background), top row first, as
     * {@link #pick(int, int)} would answer; for placing labels on visible parts of regions.
     */
    public int[] regionIds() {
        if (lastScene == null) {
            return new int[0];
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var previousFbo = stack.mallocInt(1);
            var previousViewport = stack.mallocInt(4);
            glGetIntegerv(GL_FRAMEBUFFER_BINDING, previousFbo);
            glGetIntegerv(GL_VIEWPORT, previousViewport);
            drawIds();
            int[] ids = pickTarget.readAll();
            glBindFramebuffer(GL_FRAMEBUFFER, previousFbo.get(0));
            glViewport(previousViewport.get(0), previousViewport.get(1), previousViewport.get(2), previousViewport.get(3));
            for (int i = 0; i < ids.length; i++) {
                ids[i] -= 1;
            }
            return ids;
        }
    }

    private int pickAt(int x, int glY) {
        // Only the one pixel is rasterised, which keeps picking cheap in software GL.
        glEnable(GL_SCISSOR_TEST);
        glScissor(x, glY, 1, 1);
        drawIds();
        int id = pickTarget.read(x, glY);
        glDisable(GL_SCISSOR_TEST);
        return id;
    }

    /** Draws region ids + 1 (0 = background) of the last frame into the pick target, within any scissor box. */
    private void drawIds() {
        if (pickProgram == null) {
            pickProgram = new GlProgram(Shaders.VERTEX, Shaders.PICK);
        }
        RegionGeometry geometry = geometry(lastScene);
        pickTarget.bind(lastWidth, lastHeight);
        pickTarget.clear();
        pickProgram.use();
        pickProgram.setMatrix("u_view", lastView);
        pickProgram.setMatrix("u_projection", lastProjection);
        geometry.bind();
        glEnable(GL_DEPTH_TEST);
        glDepthMask(true);
        glDisable(GL_BLEND);
        glEnable(GL_CULL_FACE);
        for (boolean glassPass : new boolean[] {true, false}) {
            for (int index : lastScene.regionIndices()) {
                RegionLook look = lastScene.look(index);
                if (look.visible() && look.glass() == glassPass) {
                    pickProgram.setInt("u_id", index + 1);
                    geometry.draw(index);
                }
            }
            // Whatever is not glass overwrites glass, wherever it is.
            glClear(GL_DEPTH_BUFFER_BIT);
        }
        glBindVertexArray(0);
        glUseProgram(0);
    }

    private RegionGeometry geometry(BrainScene scene) {
        AtlasMeshes meshes = dragging ? scene.dragMeshes().orElse(scene.meshes()) : scene.meshes();
        return geometries.computeIfAbsent(meshes, RegionGeometry::new);
    }

    /** Triangles drawn per frame for this scene in the current mode (drag or full). */
    public int triangleCount(BrainScene scene) {
        return geometry(scene).triangleCount();
    }

    /**
     * Frees the GL buffers of a scene's meshes (full and drag) that is no longer shown; the context must be
     * current. Drawing the scene again uploads them again.
     */
    public void forget(BrainScene scene) {
        forget(scene.meshes());
        scene.dragMeshes().ifPresent(this::forget);
        if (lastScene == scene) {
            lastScene = null;
        }
    }

    private void forget(AtlasMeshes meshes) {
        RegionGeometry g = geometries.remove(meshes);
        if (g != null) {
            g.close();
        }
    }

    /** Frees the GL objects; the context they were made in must be current. */
    @Override
    public void close() {
        geometries.values().forEach(RegionGeometry::close);
        geometries.clear();
        if (shade != null) {
            shade.close();
            shade = null;
        }
        if (pickProgram != null) {
            pickProgram.close();
            pickProgram = null;
        }
        pickTarget.close();
        scaled.close();
        lastScene = null;
    }

    private static double[] normalize(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }
}
