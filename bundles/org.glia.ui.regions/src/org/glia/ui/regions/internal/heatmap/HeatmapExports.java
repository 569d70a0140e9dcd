package org.glia.ui.regions.internal.heatmap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/** Writes a heatmap to files: the drawn image as PNG, and the SVG and CSV documents. */
final class HeatmapExports {

    private HeatmapExports() {
    }

    /** The image as PNG. */
    static void png(ImageData image, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image};
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        }
    }

    /** The heatmap as SVG (see {@link HeatmapSvg}). */
    static void svg(HeatmapData data, HeatmapColors colors, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HeatmapSvg.write(data, colors, w);
        }
    }

    /** The heatmap as CSV (see {@link HeatmapCsv}). */
    static void csv(HeatmapData data, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            HeatmapCsv.write(data, w);
        }
    }
}
