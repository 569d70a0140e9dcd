package org.glia.render.internal;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;

/** Turns GL read-backs (RGBA bytes, top row first) into images, averaging blocks when supersampled. */
public final class Pixels {

    private Pixels() {
    }

    /**
     * An RGB image of {@code width / factor} x {@code height / factor}, each pixel the mean of a
     * {@code factor} x {@code factor} block of the source (alpha ignored: the background is opaque).
     */
    public static BufferedImage toImage(ByteBuffer rgba, int width, int height, int factor) {
        int w = width / factor;
        int h = height / factor;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        int n = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int base = ((y * factor + dy) * width + x * factor) * 4;
                    for (int dx = 0; dx < factor; dx++) {
                        int i = base + dx * 4;
                        r += rgba.get(i) & 255;
                        g += rgba.get(i + 1) & 255;
                        b += rgba.get(i + 2) & 255;
                    }
                }
                row[x] = (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }
}
