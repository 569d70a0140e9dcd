package org.glia.ui.brain.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.glia.render.BrainImages;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.GlUnavailableException;
import org.glia.render.ImageOptions;
import org.glia.ui.brain.BrainUi;

/**
 * Writes a PNG of the brain as the view shows it, at any size, offscreen on a job's thread with
 * {@link BrainImages} (headless EGL, the same renderer); the view's scene and camera are copied first.
 */
public final class ExportJob extends Job {

    private final BrainScene scene;
    private final Camera camera;
    private final ImageOptions options;
    private final Path file;

    /** Prepares the export of a copy of {@code shown} seen by a copy of {@code view}. */
    public ExportJob(BrainScene shown, Camera view, ImageOptions options, Path file) {
        super(Messages.bind(Messages.exporting, file.getFileName()));
        this.scene = SceneCopy.of(shown);
        this.camera = view.copy();
        this.options = options;
        this.file = file;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            BufferedImage image = BrainImages.renderOnce(scene, camera, options);
            BrainImages.writePng(image, file);
            return Status.OK_STATUS;
        } catch (GlUnavailableException e) {
            return Status.error(Messages.bind(Messages.exportNoGl, e.getMessage()));
        } catch (IOException e) {
            return Status.error(Messages.bind(Messages.exportFailed, file, e.getMessage()));
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return BrainUi.PLUGIN_ID.equals(family);
    }

    /** Parses WIDTHxHEIGHT (16..8192 each); null when it is not one. */
    public static int[] parseSize(String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s*[x×]\\s*");
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            return w >= 16 && h >= 16 && w <= 8192 && h <= 8192 ? new int[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
