package org.glia.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.glia.render.internal.LabelPainter;
import org.glia.render.internal.OverlayImage;

/**
 * The names of the top regions drawn into a live frame, over the brain: placed as in exported pictures
 * ({@link RegionLabels}), written by the same painter (ring, halo), then laid over the frame as a texture.
 * Frames drawn while the user drags keep the last full frame's labels and move them with their centroids, so
 * no region image is read per drag frame.
 * <p>
 * Like {@link BrainRenderer} it belongs to the GL context current when it first draws; close it there.
 */
public final class LabelOverlay implements AutoCloseable {

    private final OverlayImage overlay = new OverlayImage();
    private int fontSize = 12;
    private List<RegionLabels.Placed> placed = List.of();
    private List<RegionLabels.Placed> painted;
    private BrainScene placedScene;
    private long placedRevision = -1;
    private double[] placedView;
    private int placedWidth;
    private int placedHeight;
    private int placedK = -1;

    /** Sets the text size in pixels (default 12). */
    public void setFontSize(int px) {
        if (px < 6 || px > 96) {
            throw new IllegalArgumentException("font size must be 6..96 pixels, got " + px);
        }
        if (px != fontSize) {
            fontSize = px;
            painted = null;
        }
    }

    /**
     * Names the {@code k} highest-ranked regions of the renderer's last frame (of this scene and camera) over
     * it, into the framebuffer still bound after {@link BrainRenderer#render}; nothing for {@code k = 0}.
     *
     * @param follow true for a frame drawn while dragging: the last labels move with their regions' centroids
     *               instead of being placed anew
     */
    public void draw(BrainRenderer renderer, BrainScene scene, Camera camera, int k, boolean follow) {
        if (k <= 0) {
            placed = List.of();
            placedK = k;
            return;
        }
        double[] view = camera.viewMatrix();
        boolean same = scene == placedScene && scene.revision() == placedRevision && k == placedK
                && camera.width() == placedWidth && camera.height() == placedHeight;
        if (follow && same) {
            placed = RegionLabels.follow(placed, scene, camera);
            placedView = null;
        } else if (!same || !Arrays.equals(view, placedView)) {
            placed = RegionLabels.place(scene, camera, renderer.regionIds(), k);
            placedScene = scene;
            placedRevision = scene.revision();
            placedK = k;
            placedWidth = camera.width();
            placedHeight = camera.height();
            placedView = view;
        }
        if (placed.isEmpty()) {
            return;
        }
        if (!placed.equals(painted)) {
            overlay.upload(paint(placed, camera.width(), camera.height()));
            painted = placed;
        }
        overlay.draw();
    }

    /** The labels of the last frame drawn (empty when none were drawn). */
    public List<RegionLabels.Placed> labels() {
        return placed;
    }

    private BufferedImage paint(List<RegionLabels.Placed> labels, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
            List<LabelPainter.Label> list = new ArrayList<>();
            for (RegionLabels.Placed p : labels) {
                list.add(new LabelPainter.Label(p.name(), p.x(), p.y()));
            }
            LabelPainter.paint(g, list, new Rectangle(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Frees the overlay's GL objects; the context they were made in must be current. */
    @Override
    public void close() {
        overlay.close();
        painted = null;
    }
}
