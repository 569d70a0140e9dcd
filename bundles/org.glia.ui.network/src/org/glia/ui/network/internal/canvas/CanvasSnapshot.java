package org.glia.ui.network.internal.canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;

/**
 * Screenshots of the network editor for tests and the README: the canvas painted into an off-screen image (works
 * whether or not the window is visible, under Xvfb too), or a control copied from the screen.
 */
public final class CanvasSnapshot {

    private CanvasSnapshot() {
    }

    /** The canvas's picture at its current size, as image data. */
    public static ImageData render(NetworkCanvas canvas) {
        Rectangle area = canvas.getClientArea();
        Image image = new Image(canvas.getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
        GC gc = new GC(image);
        try {
            canvas.paintPicture(gc, new Rectangle(0, 0, image.getBounds().width, image.getBounds().height));
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** What {@code control} shows on screen, copied from the display. */
    public static ImageData copyFromScreen(Control control) {
        Rectangle b = control.getBounds();
        var origin = control.getParent() == null ? control.getLocation()
                : control.getParent().toDisplay(b.x, b.y);
        Image image = new Image(control.getDisplay(), Math.max(1, b.width), Math.max(1, b.height));
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Writes {@code data} to {@code file} as PNG, creating its folder. */
    public static Path savePng(ImageData data, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /**
     * The file {@code docs/images/NAME} of the repository named by the system property {@code glia.root}, or null
     * when the property is not set (then tests skip writing screenshots).
     */
    public static Path docsImage(String name) {
        String root = System.getProperty("glia.root");
        return root == null || root.isBlank() ? null : Path.of(root, "docs", "images", name);
    }
}
