package org.glia.ui.brain.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

import static org.lwjgl.opengl.GL33C.*;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.opengl.GLCanvas;
import org.eclipse.swt.opengl.GLData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.glia.render.BrainRenderer;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.LabelOverlay;
import org.glia.render.RegionLabels;
import org.glia.render.StandardView;
import org.lwjgl.BufferUtils;

/**
 * The interactive 3D brain: an SWT {@link GLCanvas} (double-buffered, 24-bit depth) that draws a
 * {@link BrainScene} with the same {@link BrainRenderer} as the PNG export, and turns the mouse into camera
 * moves: left drag rotates (arcball), right or middle drag pans, the wheel zooms. While the user drags,
 * frames use the scene's lighter meshes. The names of the top-k regions are written over the brain (as in
 * exported pictures), and follow it while it turns. A click or a hover reports the region under the pointer.
 */
public final class BrainCanvas {

    /** How long after the last wheel step frames stay light. */
    private static final int WHEEL_SETTLE_MS = 250;
    /** How long the pointer must rest before the region under it is looked up. */
    private static final int HOVER_DELAY_MS = 60;
    /** How long to wait before drawing again when the thread's GL is taken by headless rendering. */
    private static final int BUSY_RETRY_MS = 100;

    private final GLCanvas canvas;
    private final CanvasGl gl;
    private final BrainRenderer renderer = new BrainRenderer();
    private final LabelOverlay labels = new LabelOverlay();
    private int topK;
    /** True while frames are drawn light (drag meshes, reduced resolution, labels moved not placed). */
    private boolean light;
    private BrainScene scene;
    private Camera camera;
    private boolean fitted = true;
    private String failure;
    private Consumer<OptionalInt> onClick = i -> { };
    private Consumer<OptionalInt> onHover = i -> { };
    private Runnable onFailure = () -> { };

    private int button;
    private int lastX;
    private int lastY;
    private boolean moved;
    private int wheelGeneration;
    private int hoverGeneration;
    private long frames;

    /**
     * Creates the canvas.
     *
     * @throws org.eclipse.swt.SWTException or {@link IllegalArgumentException} when the display offers no
     *                                       OpenGL visual
     */
    public BrainCanvas(Composite parent) {
        GLData data = new GLData();
        data.doubleBuffer = true;
        data.depthSize = 24;
        data.redSize = 8;
        data.greenSize = 8;
        data.blueSize = 8;
        canvas = new GLCanvas(parent, SWT.NO_BACKGROUND, data);
        gl = new CanvasGl(canvas);
        labels.setFontSize(labelPixels(canvas));
        canvas.addListener(SWT.Paint, e -> paint());
        canvas.addListener(SWT.Resize, e -> resized());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseWheel, this::wheel);
        canvas.addListener(SWT.MouseExit, e -> hoverGeneration++);
        // No dispose listener: GLCanvas destroys its context (and the renderer's GL objects with it) itself.
    }

    /** The SWT control. */
    public GLCanvas control() {
        return canvas;
    }

    /** Shows a scene (null: nothing); a new scene gets a fresh camera from the left. */
    public void setScene(BrainScene newScene) {
        if (scene != null && scene != newScene && gl.ready() && !canvas.isDisposed() && gl.makeCurrent()) {
            try {
                renderer.forget(scene);
            } finally {
                gl.release();
            }
        }
        boolean fresh = newScene != null && (scene == null || newScene.meshes() != scene.meshes());
        scene = newScene;
        if (fresh) {
            camera = new Camera(newScene.meshes().boundsMin(), newScene.meshes().boundsMax());
            resized();
            camera.reset();
            fitted = true;
        } else if (newScene == null) {
            camera = null;
        }
        redraw();
    }

    /** The scene shown, or null. */
    public BrainScene scene() {
        return scene;
    }

    /** The camera, or null without a scene. Change it and call {@link #redraw()}. */
    public Camera camera() {
        return camera;
    }

    /** Why GL cannot draw here, or null while it works. */
    public String failure() {
        return failure;
    }

    /** Called with the region under a click (empty: background). */
    public void onClick(Consumer<OptionalInt> c) {
        onClick = c;
    }

    /** Called with the region under the resting pointer (empty: background). */
    public void onHover(Consumer<OptionalInt> c) {
        onHover = c;
    }

    /** Called once when GL fails; {@link #failure()} says why. */
    public void onFailure(Runnable r) {
        onFailure = r;
    }

    /** Names the {@code k} largest regions in the scene (0: none); redraws. */
    public void setTopK(int k) {
        if (k != topK) {
            topK = Math.max(0, k);
            redraw();
        }
    }

    /** How many regions are named. */
    public int topK() {
        return topK;
    }

    /** The labels of the last frame drawn: region, name and the pixel they point at. */
    public List<RegionLabels.Placed> labels() {
        return labels.labels();
    }

    /** Asks for a new frame. */
    public void redraw() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    /** Frames drawn so far. */
    public long frames() {
        return frames;
    }

    /** Shows the brain from a saved camera pose ({@code Camera#pose()}); a malformed pose is ignored. */
    public void setPose(double[] pose) {
        if (camera != null && camera.setPose(pose)) {
            fitted = false; // a resize keeps the user's zoom and pan
            redraw();
        }
    }

    /** Back to the home view, undoing zoom and pan. */
    public void reset() {
        if (camera != null) {
            camera.reset();
            fitted = true;
            redraw();
        }
    }

    /** Looks from a standard side. */
    public void view(StandardView side) {
        if (camera != null) {
            camera.setHome(side);
            camera.view(side);
            fitted = true;
            redraw();
        }
    }

    private void resized() {
        Rectangle r = canvas.getClientArea();
        if (camera != null && r.width > 0 && r.height > 0) {
            camera.setViewport(r.width, r.height);
            if (fitted) {
                camera.fit();
            }
        }
    }

    private void paint() {
        if (failure != null) {
            return;
        }
        try {
            if (!gl.makeCurrent()) {
                // another context holds this thread (headless rendering in progress): try again shortly
                canvas.getDisplay().timerExec(BUSY_RETRY_MS, this::redraw);
                return;
            }
            try {
                draw();
                canvas.swapBuffers();
            } finally {
                gl.release();
            }
        } catch (RuntimeException | LinkageError e) {
            fail(e);
        }
    }

    /** Draws a frame into the back buffer (the context is current). */
    private void draw() {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        if (scene == null || camera == null) {
            Rectangle r = canvas.getClientArea();
            glViewport(0, 0, Math.max(1, r.width), Math.max(1, r.height));
            glClearColor(1, 1, 1, 1);
            glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
            return;
        }
        renderer.render(scene, camera);
        labels.draw(renderer, scene, camera, topK, light);
        frames++;
    }

    private void fail(Throwable e) {
        failure = e.getMessage() == null ? e.toString() : e.getMessage();
        org.eclipse.core.runtime.ILog.of(getClass()).error("The brain view cannot draw with OpenGL", e);
        onFailure.run();
    }

    /**
     * Draws a frame at full detail and reads it back (RGB, top row first), without showing it; for tests
     * and screenshots. Empty when GL does not work.
     */
    public int[] readFrame() {
        if (failure != null || scene == null || !gl.makeCurrent()) {
            return new int[0];
        }
        try {
            return readBack();
        } finally {
            gl.release();
        }
    }

    private int[] readBack() {
        boolean wasLight = light;
        setLight(false);
        draw();
        setLight(wasLight);
        int w = camera.width();
        int h = camera.height();
        ByteBuffer raw = BufferUtils.createByteBuffer(w * h * 4);
        glReadBuffer(GL_BACK);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, raw);
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = ((h - 1 - y) * w + x) * 4;
                rgb[y * w + x] = (raw.get(i) & 255) << 16 | (raw.get(i + 1) & 255) << 8 | raw.get(i + 2) & 255;
            }
        }
        canvas.swapBuffers();
        return rgb;
    }

    /** The region drawn at pixel (x, y) of the canvas in the last frame (draws one first if none was). */
    public OptionalInt pick(int x, int y) {
        if (failure != null || scene == null) {
            return OptionalInt.empty();
        }
        try {
            if (!gl.makeCurrent()) {
                return OptionalInt.empty();
            }
            try {
                if (frames == 0) {
                    draw();
                }
                return renderer.pick(x, y);
            } finally {
                gl.release();
            }
        } catch (RuntimeException | LinkageError e) {
            fail(e);
            return OptionalInt.empty();
        }
    }

    private void mouseDown(Event e) {
        if (button != 0 || e.button > 3) {
            return;
        }
        button = e.button;
        lastX = e.x;
        lastY = e.y;
        moved = false;
        hoverGeneration++;
    }

    private void mouseMove(Event e) {
        if (button == 0) {
            scheduleHover(e.x, e.y);
            return;
        }
        if (camera == null || e.x == lastX && e.y == lastY) {
            return;
        }
        if (!moved) {
            moved = true;
            setLight(true);
        }
        if (button == 1) {
            camera.arcball(lastX, lastY, e.x, e.y);
        } else {
            camera.pan(e.x - lastX, e.y - lastY);
        }
        fitted = false;
        lastX = e.x;
        lastY = e.y;
        redraw();
    }

    private void mouseUp(Event e) {
        if (e.button != button) {
            return;
        }
        boolean click = !moved && button == 1;
        button = 0;
        if (moved) {
            setLight(false);
            redraw();
        }
        moved = false;
        if (click) {
            onClick.accept(pick(e.x, e.y));
        }
    }

    private void wheel(Event e) {
        if (camera == null || e.count == 0) {
            return;
        }
        camera.zoom(Math.pow(1.1, e.count));
        fitted = false;
        setLight(true);
        int generation = ++wheelGeneration;
        canvas.getDisplay().timerExec(WHEEL_SETTLE_MS, () -> {
            if (generation == wheelGeneration && button == 0 && !canvas.isDisposed()) {
                setLight(false);
                redraw();
            }
        });
        redraw();
    }

    private void setLight(boolean on) {
        light = on;
        renderer.setDragging(on);
    }

    /** The label text size: the canvas font's, in pixels. */
    private static int labelPixels(GLCanvas c) {
        var fonts = c.getFont().getFontData();
        double points = fonts.length == 0 ? 9 : fonts[0].getHeight();
        int px = (int) Math.round(points * c.getDisplay().getDPI().y / 72.0);
        return Math.max(10, Math.min(24, px));
    }

    private void scheduleHover(int x, int y) {
        int generation = ++hoverGeneration;
        canvas.getDisplay().timerExec(HOVER_DELAY_MS, () -> {
            if (generation == hoverGeneration && button == 0 && !canvas.isDisposed()) {
                onHover.accept(pick(x, y));
            }
        });
    }
}
