package org.glia.ui.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.model.Network;
import org.glia.ui.network.internal.graph.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/** The network copy the view draws: labels, weights in the model's orientation, independence from later edits. */
class NetworkSnapshotTest {

    @Test
    void labelsAreRegionsLayerIndexAndClasses() {
        NetworkSnapshot s = NetworkSnapshot.of(Nets.network(90, 7, 4));
        assertEquals(3, s.layers());
        assertEquals("Region_5", s.label(0, 5));
        assertEquals("1:3", s.label(1, 3));
        assertEquals("AD", s.label(2, 1));
        assertEquals(90 * 4 + 4 * 2, s.edgeCount());
    }

    @Test
    void weightsFollowTheModelMatrix() {
        Network n = Nets.network(10, 3, 5);
        NetworkSnapshot s = NetworkSnapshot.of(n);
        // pair 0: from input node 7 to hidden node 2 is row 2, column 7 of layer 1's matrix
        assertEquals(n.getLayers().get(1).getWeights().get(2, 7), s.weight(0, 7, 2));
        assertEquals(n.getLayers().get(2).getWeights().get(1, 4), s.weight(1, 4, 1));
        double max = 0;
        for (int p = 0; p < 2; p++) {
            for (double w : s.weightsView(p)) {
                max = Math.max(max, Math.abs(w));
            }
        }
        assertEquals(max, s.maxAbsWeight());
    }

    @Test
    void laterEditsDoNotReachTheCopy() {
        Network n = Nets.network(10, 3, 5);
        NetworkSnapshot s = NetworkSnapshot.of(n);
        double before = s.weight(0, 1, 1);
        n.getLayers().get(1).getWeights().set(1, 1, 42);
        assertEquals(before, s.weight(0, 1, 1));
    }

    @Test
    void unsoundNetworkIsRefusedWithItsFaults() {
        Network n = Nets.network(10, 3, 5);
        n.getLayers().get(1).getWeights().set(0, 0, Double.NaN);
        var e = assertThrows(IllegalArgumentException.class, () -> NetworkSnapshot.of(n));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void nodeExistence() {
        NetworkSnapshot s = Nets.snapshot(1, 3, 2, 2);
        assertTrue(s.hasNode(1, 1));
        assertFalse(s.hasNode(1, 2));
        assertFalse(s.hasNode(3, 0));
    }
}
