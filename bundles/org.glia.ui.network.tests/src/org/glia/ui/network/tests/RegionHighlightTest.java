package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glia.model.Network;
import org.glia.ui.network.internal.editor.RegionHighlight;
import org.glia.ui.network.internal.graph.NetworkSource;
import org.junit.jupiter.api.Test;

/** Which input node stands for a region selected elsewhere: the one labelled with the region's name. */
class RegionHighlightTest {

    @Test
    void regionsAreFoundByTheirInputLabel() {
        Network n = Nets.network(12, 1, 3);
        n.getLayers().get(0).getNodes().get(7).setLabel("Amygdala_L");
        n.getLayers().get(0).getNodes().get(8).setLabel("amygdala_l");
        NetworkSource s = NetworkSource.capture(n);
        assertEquals(7, RegionHighlight.inputNode(s, "Amygdala_L"), "exact match first");
        assertEquals(8, RegionHighlight.inputNode(s, "amygdala_l"));
        assertEquals(3, RegionHighlight.inputNode(s, " Region_3 "));
        assertEquals(3, RegionHighlight.inputNode(s, "REGION_3"), "else ignoring case");
        assertEquals(-1, RegionHighlight.inputNode(s, "Hippocampus_R"));
        assertEquals(-1, RegionHighlight.inputNode(s, ""));
        assertEquals(-1, RegionHighlight.inputNode(s, null));
        // hidden nodes are never region nodes, whatever their label
        assertEquals(-1, RegionHighlight.inputNode(s, "1:0"));
    }
}
