package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.ui.network.NetworkDisplaySettings;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.glia.ui.network.internal.graph.NodeActivity;
import org.glia.ui.network.internal.graph.Scene;
import org.glia.ui.network.internal.graph.SceneBuilder;
import org.glia.ui.network.internal.graph.SceneRequest;
import org.junit.jupiter.api.Test;

/** Node colours come from the subject's forward pass, each layer mapped over its own range. */
class NodeActivityTest {

    private final NetworkSnapshot net = Nets.snapshot(9, 6, 5, 2);
    private final double[] x = {0.5, -1, 2, 0, 1, -0.5};

    @Test
    void activationsAreTheForwardPass() {
        NodeActivity a = NodeActivity.of(net, "S1", x, ColorMaps.get("viridis"));
        double[][] expected = net.mlp().forward(x);
        for (int k = 0; k < 3; k++) {
            double[] got = new double[expected[k].length];
            for (int i = 0; i < got.length; i++) {
                got[i] = a.activation(k, i);
            }
            assertArrayEquals(expected[k], got);
        }
        assertEquals("S1", a.subject());
    }

    @Test
    void eachLayerSpansTheWholeMap() {
        ColorMap viridis = ColorMaps.get("viridis");
        NodeActivity a = NodeActivity.of(net, "S1", x, viridis);
        assertEquals(viridis.rgb(0), a.rgb(0, 1), "smallest input");
        assertEquals(viridis.rgb(1), a.rgb(0, 2), "largest input");
        double p = a.activation(2, 0);
        assertEquals(viridis.rgb(p > 0.5 ? 1 : 0), a.rgb(2, 0));
    }

    @Test
    void sceneColoursNodesOnlyForAFittingSubject() {
        SceneRequest r = new SceneRequest(net, NetworkDisplaySettings.DEFAULT, "S1", x);
        Scene s = SceneBuilder.build(r, new NullProgressMonitor());
        assertNotNull(s.activity());
        Scene none = SceneBuilder.build(r.withSubject("S2", new double[3]), new NullProgressMonitor());
        assertNull(none.activity());
    }
}
