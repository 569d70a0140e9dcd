package org.glia.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Writes screenshots of the running workbench into the repository's docs/images for the README. */
final class Screenshots {

    private Screenshots() {
    }

    /**
     * Captures the shell as it is on screen into {@code docs/images/NAME}; returns the file, or null when the
     * build did not say where the repository is ({@code glia.root}).
     */
    static Path capture(Shell shell, String name) throws Exception {
        String root = System.getProperty("glia.root");
        if (root == null || root.isBlank()) {
            return null;
        }
        shell.forceActive();
        shell.update();
        WorkbenchTest.flush();
        Rectangle r = shell.getBounds();
        // Without a window manager the shell's bounds include trim nobody paints: stop at the client area's end.
        Rectangle client = shell.getClientArea();
        int bottom = shell.toDisplay(client.x, client.y + client.height).y;
        r.height = Math.max(1, Math.min(r.height, bottom - r.y));
        Image image = new Image(shell.getDisplay(), r.width, r.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, r.x, r.y);
            ImageData data = image.getImageData();
            Path dir = Path.of(root, "docs", "images");
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
