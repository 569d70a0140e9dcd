package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.ui.network.internal.graph.GraphLayout;
import org.glia.ui.network.internal.graph.LabelPolicy;
import org.glia.ui.network.internal.graph.Viewport;
import org.junit.jupiter.api.Test;

/** Labels appear once nodes are a text line apart, and only for the visible nodes. */
class LabelPolicyTest {

    private final GraphLayout layout = new GraphLayout(new int[] {278, 1024, 3});

    @Test
    void labelsNeedRoom() {
        double scale = 0.8; // 1000 world units on 800 pixels
        assertTrue(LabelPolicy.shows(layout, 2, scale, 15));
        assertFalse(LabelPolicy.shows(layout, 0, scale, 15), "278 nodes on 800 px are under 3 px apart");
        assertTrue(LabelPolicy.shows(layout, 0, scale * 6, 15));
        assertFalse(LabelPolicy.shows(layout, 1, scale * 6, 15));
    }

    @Test
    void onlyVisibleNodesAreLabelled() {
        Viewport v = new Viewport();
        v.fit(layout.width(), layout.height(), 1000, 1000, new Viewport.Insets(0, 0, 0, 0));
        assertArrayEquals(new int[] {0, 277}, LabelPolicy.visible(layout, 0, v, 1000));
        v.zoomAt(10, 0, 500);
        int[] range = LabelPolicy.visible(layout, 0, v, 1000);
        double top = v.worldY(0);
        double bottom = v.worldY(1000);
        assertTrue(layout.y(0, range[0]) >= top && layout.y(0, range[0] - 1) < top, "first visible " + range[0]);
        assertTrue(layout.y(0, range[1]) <= bottom && layout.y(0, range[1] + 1) > bottom, "last visible " + range[1]);
        assertTrue(range[1] - range[0] > 20 && range[1] - range[0] < 40, range[0] + ".." + range[1]);
    }
}
