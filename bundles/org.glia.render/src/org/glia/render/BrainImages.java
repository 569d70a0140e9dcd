package org.glia.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.glia.core.color.ColorMap;
import org.glia.render.internal.ColorBarPainter;
import org.glia.render.internal.ImageLayout;
import org.glia.render.internal.LabelPainter;
import org.glia.render.internal.Pixels;

/**
 * Pictures of a brain scene at any size, rendered offscreen with {@link HeadlessGl} by the same
 * {@link BrainRenderer} as the interactive view, then completed with Java2D: title, colour bar with its
 * numbers and mapping, the caller's legend, and the names of the top regions at their centroids.
 * <p>
 * An instance keeps its GL context and uploaded meshes between pictures; use it from one thread and close
 * it there. Between pictures the context is not current, so the thread may draw with another one (the brain
 * view's canvas) meanwhile.
 */
public final class BrainImages implements AutoCloseable {

    private HeadlessGl gl;
    private BrainRenderer renderer;

    /**
     * Renders a picture. The camera is copied: its orientation is kept and the atlas refitted to the
     * picture's brain area.
     *
     * @throws GlUnavailableException when headless OpenGL is missing
     */
    public BufferedImage render(BrainScene scene, Camera camera, ImageOptions options) {
        BufferedImage out = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            ImageLayout layout = ImageLayout.of(options, g);
            g.setFont(layout.font());
            Color ink = ColorMap.luminance(scene.background()) > 0.4 ? new Color(0x202020) : new Color(0xE8E8E8);
            g.setColor(new Color(scene.background()));
            g.fillRect(0, 0, options.width(), options.height());
            Rectangle area = layout.brain();
            int ss = Math.max(1, Math.min(options.supersample(), 16384 / Math.max(area.width, area.height)));
            Camera view = camera.copy();
            view.setViewport(area.width * ss, area.height * ss);
            view.fit();
            List<LabelPainter.Label> labels;
            try {
                g.drawImage(brain(scene, view, ss), area.x, area.y, null);
                labels = labels(scene, view, ss, area, options.topK());
            } finally {
                // Lets a window's GL context (the brain view's canvas on the same thread) draw until the next picture.
                if (gl != null) {
                    gl.release();
                }
            }
            g.setColor(ink);
            if (!options.title().isBlank()) {
                g.drawString(options.title(), area.x + layout.font().getSize() / 2, g.getFontMetrics().getAscent());
            }
            if (options.colorBar()) {
                ColorBarPainter.paint(g, layout.bar(), scene, options.valueName(), ink);
            }
            g.setColor(ink);
            int y = layout.legend().y + g.getFontMetrics().getAscent();
            for (String line : layout.legendLines()) {
                g.drawString(line, layout.legend().x + layout.font().getSize() / 2, y);
                y += g.getFontMetrics().getHeight();
            }
            LabelPainter.paint(g, labels, area);
        } finally {
            g.dispose();
        }
        return out;
    }

    private BufferedImage brain(BrainScene scene, Camera view, int ss) {
        if (gl == null || gl.width() != view.width() || gl.height() != view.height()) {
            close();
            gl = HeadlessGl.create(view.width(), view.height());
            renderer = new BrainRenderer();
        }
        gl.bind();
        renderer.render(scene, view);
        return Pixels.toImage(gl.readRgba(), view.width(), view.height(), ss);
    }

    /** The labels placed in the renderer's last frame, in the picture's pixels. */
    private List<LabelPainter.Label> labels(BrainScene scene, Camera view, int ss, Rectangle area, int k) {
        if (k == 0) {
            return List.of();
        }
        List<LabelPainter.Label> out = new ArrayList<>();
        for (RegionLabels.Placed p : RegionLabels.place(scene, view, renderer.regionIds(), k)) {
            out.add(new LabelPainter.Label(p.name(), area.x + p.x() / ss, area.y + p.y() / ss));
        }
        return out;
    }

    /** Renders a picture with a fresh context and closes it again. */
    public static BufferedImage renderOnce(BrainScene scene, Camera camera, ImageOptions options) {
        try (BrainImages images = new BrainImages()) {
            return images.render(scene, camera, options);
        }
    }

    /** Writes a PNG atomically (a reader never sees half a file); creates missing folders. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer in this Java runtime");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Frees the GL context and the renderer's objects. */
    @Override
    public void close() {
        if (gl != null) {
            try {
                gl.bind();
                renderer.close();
            } catch (GlUnavailableException e) {
                // the renderer's objects go with the context, which close() destroys anyway
            } finally {
                gl.close();
                gl = null;
                renderer = null;
            }
        }
    }
}
