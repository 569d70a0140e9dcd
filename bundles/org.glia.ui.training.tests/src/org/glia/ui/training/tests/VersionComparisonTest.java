package org.glia.ui.training.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.glia.model.ActivationFunction;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.WeightMatrix;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.versions.ComparisonRows;
import org.glia.ui.training.internal.versions.LayerChange;
import org.glia.ui.training.internal.versions.VersionComparison;
import org.glia.ui.training.internal.versions.VersionTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comparing versions: a study trained three times (v1; two nodes added, v2; a layer inserted, v3; then v1 restored
 * and retrained, v4 — a branch), every training moving all weights by a known amount, so sizes, node ids, weight
 * change norms, metric differences and the edits between versions are known exactly.
 */
class VersionComparisonTest {

    private static final double D2 = 0.05;
    private static final double D3 = -0.02;

    private Study study;
    private ModelVersion v1;
    private ModelVersion v2;
    private ModelVersion v3;
    private ModelVersion v4;

    @BeforeEach
    void versions() {
        study = Studies.study(6, 4, 7);
        BasicCommandStack stack = new BasicCommandStack();
        v1 = Studies.record(study, stack, 0.1, Studies.cv(new int[][] {{10, 2}, {3, 9}}, 0.70, 0.75, 0.80));
        NetworkEdits.run(stack, NetworkEdits.addNodes(study.getNetwork(), 1, 2));
        v2 = Studies.record(study, stack, D2, Studies.cv(new int[][] {{11, 1}, {2, 10}}, 0.80, 0.85, 0.90));
        NetworkEdits.run(stack, NetworkEdits.insertLayer(study.getNetwork(), 2, 3, ActivationFunction.RELU));
        v3 = Studies.record(study, stack, D3, null);
        NetworkEdits.run(stack, NetworkEdits.restoreVersion(study, v1));
        v4 = Studies.record(study, stack, 0.01, Studies.cv(new int[][] {{9, 3}, {3, 9}}, 0.6, 0.7));
    }

    @Test
    void theVersionsFormATree() {
        assertEquals(List.of("v1", "v2", "v3", "v4"), study.getVersions().stream().map(ModelVersion::getId).toList());
        assertEquals(List.of(v1), VersionTree.roots(study));
        assertEquals(List.of(v2, v4), VersionTree.children(study, v1));
        assertEquals(List.of(v3, v2, v1), VersionTree.lineage(v3));
        assertSame(v1, VersionTree.commonAncestor(v3, v4));
        assertSame(v2, VersionTree.commonAncestor(v2, v3));
        assertEquals(List.of("v2: Add 2 Nodes to Layer 1", "v3: Insert Layer at 2"),
                VersionTree.editsFrom(v1, v3, "none", "first"));
        assertEquals(List.of("v4: none"), VersionTree.editsFrom(v1, v4, "none", "first"));
        assertEquals(List.of("v1: first", "v4: none"), VersionTree.editsFrom(null, v4, "none", "first"));
    }

    @Test
    void addedNodesAndWeightChangeOfMatchingLayers() {
        VersionComparison c = VersionComparison.of(v1, v2);
        assertArrayEquals(new int[] {6, 4, 2}, c.sizesA());
        assertArrayEquals(new int[] {6, 6, 2}, c.sizesB());
        assertEquals(3, c.layers().size());

        LayerChange input = c.layers().get(0);
        assertTrue(input.added().isEmpty() && input.removed().isEmpty());
        assertTrue(Double.isNaN(input.weightChange()), "the input layer has no incoming weights");

        LayerChange hidden = c.layers().get(1);
        assertEquals(1, hidden.layerA());
        assertEquals(1, hidden.layerB());
        assertEquals(List.of(id(v2, 1, 4), id(v2, 1, 5)), hidden.added());
        assertTrue(hidden.removed().isEmpty());
        assertFalse(hidden.sameShape());
        // the four old nodes' incoming weights from the six inputs all moved by D2
        assertEquals(24, hidden.comparedWeights());
        assertEquals(Math.abs(D2) * Math.sqrt(24), hidden.weightChange(), 1e-12);
        assertEquals(hidden.weightChange() / norm(v1, 1, 4, 6), hidden.relativeChange(), 1e-12);

        LayerChange output = c.layers().get(2);
        assertTrue(output.added().isEmpty());
        // two outputs x the four hidden nodes both versions have
        assertEquals(8, output.comparedWeights());
        assertEquals(Math.abs(D2) * Math.sqrt(8), output.weightChange(), 1e-12);
    }

    @Test
    void anInsertedLayerHasNoCounterpart() {
        VersionComparison c = VersionComparison.of(v2, v3);
        assertArrayEquals(new int[] {6, 6, 3, 2}, c.sizesB());
        assertEquals(4, c.layers().size());
        LayerChange hidden = c.layers().get(1);
        assertTrue(hidden.sameShape(), "the first hidden layer and the inputs are the same nodes");
        assertEquals(36, hidden.comparedWeights());
        assertEquals(Math.abs(D3) * 6, hidden.weightChange(), 1e-12);
        LayerChange inserted = c.layers().get(2);
        assertEquals(-1, inserted.layerA());
        assertEquals(2, inserted.layerB());
        assertEquals(3, inserted.added().size());
        LayerChange output = c.layers().get(3);
        assertEquals(2, output.layerA());
        assertEquals(3, output.layerB());
        assertEquals(0, output.comparedWeights(), "the outputs now take the new layer's nodes");
        assertTrue(Double.isNaN(output.weightChange()));
        assertSame(c.layers().get(2), c.layerOfB(2));
        assertNull(c.layerOfA(3));
    }

    @Test
    void aRemovedLayerIsReportedInItsPlace() {
        VersionComparison c = VersionComparison.of(v3, v4);
        assertEquals(List.of(0, 1, 2, 3), c.layers().stream().map(LayerChange::layerA).toList());
        assertEquals(List.of(0, 1, -1, 2), c.layers().stream().map(LayerChange::layerB).toList());
        assertEquals(List.of(id(v3, 1, 4), id(v3, 1, 5)), c.layers().get(1).removed());
    }

    @Test
    void metricsAndTheirDifferences() {
        VersionComparison c = VersionComparison.of(v1, v2);
        var acc = c.metric(Messages.metricAccuracy);
        assertEquals(0.75, acc.a(), 1e-12);
        assertEquals(0.85, acc.b(), 1e-12);
        assertEquals(0.10, acc.difference(), 1e-12);
        assertEquals(0.05, acc.sdA(), 1e-12);
        assertEquals(0.10, c.metric(Messages.metricBalanced).difference(), 1e-12);
        assertEquals(0.95, c.metric(Messages.metricAuc).b(), 1e-12);
        VersionComparison none = VersionComparison.of(v2, v3);
        assertTrue(Double.isNaN(none.metric(Messages.metricAccuracy).b()), "v3 has no metrics");
        assertTrue(Double.isNaN(none.metric(Messages.metricAccuracy).difference()));
    }

    @Test
    void editsBetweenBranches() {
        VersionComparison c = VersionComparison.of(v3, v4);
        assertSame(v1, c.ancestor());
        assertEquals(List.of("v2: Add 2 Nodes to Layer 1", "v3: Insert Layer at 2"), c.editsToA());
        assertEquals(List.of("v4: " + Messages.noEdits), c.editsToB());
        String text = ComparisonRows.edits(c);
        assertTrue(text.contains("From v1 to v3:\n  v2: Add 2 Nodes to Layer 1\n  v3: Insert Layer at 2"), text);
        assertEquals(Messages.noEditsBetween, ComparisonRows.edits(VersionComparison.of(v2, v2)));
    }

    @Test
    void rowsForTheDialog() {
        List<String[]> rows = ComparisonRows.rows(VersionComparison.of(v1, v2));
        assertArrayEquals(new String[] {"Layer sizes", "6-4-2", "6-6-2", "changed"}, rows.get(0));
        assertArrayEquals(new String[] {"Input layer", "6 nodes", "6 nodes", "unchanged"}, rows.get(1));
        assertEquals("Layer 1", rows.get(2)[0]);
        String added = "+2 nodes (" + id(v2, 1, 4) + ", " + id(v2, 1, 5) + "); ";
        assertTrue(rows.get(2)[3].startsWith(added + "\u2016\u0394W\u2016 0.245"), rows.get(2)[3]);
        assertArrayEquals(new String[] {"Accuracy", "0.750 \u00b1 0.050", "0.850 \u00b1 0.050", "+0.100"}, rows.get(4));
        assertEquals(7, rows.size(), "sizes, three layers, three metrics");
    }

    private static String id(ModelVersion v, int layer, int node) {
        return v.getNetwork().getLayers().get(layer).getNodes().get(node).getId();
    }

    /** The norm of the first {@code rows} x {@code cols} incoming weights of a layer of a version. */
    private static double norm(ModelVersion v, int layer, int rows, int cols) {
        Network n = v.getNetwork();
        WeightMatrix w = n.getLayers().get(layer).getWeights();
        double s = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                s += w.get(r, c) * w.get(r, c);
            }
        }
        return Math.sqrt(s);
    }
}
