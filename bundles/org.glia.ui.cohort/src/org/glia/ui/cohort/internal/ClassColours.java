package org.glia.ui.cohort.internal;

/**
 * One colour per class, in class order, from the Okabe-Ito palette (told apart also with colour-vision
 * deficiencies); after eight classes the colours repeat.
 */
public final class ClassColours {

    private static final int[] PALETTE = {0x0072B2, 0xE69F00, 0xD55E00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xF0E442,
        0x000000};

    private ClassColours() {
    }

    /** The colour (0xRRGGBB) of the class at {@code index} in class order. */
    public static int of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
