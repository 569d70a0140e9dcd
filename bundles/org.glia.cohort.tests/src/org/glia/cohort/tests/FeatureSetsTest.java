package org.glia.cohort.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glia.atlas.LabelTable;
import org.glia.atlas.Region;
import org.glia.cohort.ConnectomeMatrix;
import org.glia.cohort.FeatureSets;
import org.junit.jupiter.api.Test;

/** Degree, binary degree and edges, chosen by name. */
class FeatureSetsTest {

    private static final ConnectomeMatrix M = ConnectomeMatrix.of(new double[][] {
        {5, 1, 0, 2},
        {1, 5, 3, 0},
        {0, 3, 5, 0.5},
        {2, 0, 0.5, 5}});

    private static final LabelTable LABELS = LabelTable.of(List.of(Region.of(1, "A", -1), Region.of(2, "B", -1),
            Region.of(3, "C", -1), Region.of(4, "D", -1)));

    @Test
    void degreeSumsEdgeWeightsWithoutTheDiagonal() {
        assertArrayEquals(new double[] {3, 4, 3.5, 2.5}, FeatureSets.DEGREE.extract(M));
        assertEquals(LABELS.names(), FeatureSets.DEGREE.featureNames(LABELS));
    }

    @Test
    void binaryDegreeCountsNonZeroEdges() {
        assertArrayEquals(new double[] {2, 2, 2, 2}, FeatureSets.BINARY_DEGREE.extract(M));
    }

    @Test
    void edgesAreTheUpperTriangleRowByRow() {
        assertArrayEquals(new double[] {1, 0, 2, 3, 0, 0.5}, FeatureSets.EDGES.extract(M));
        assertEquals(6, FeatureSets.EDGES.size(4));
        assertEquals(List.of("A -- B", "A -- C", "A -- D", "B -- C", "B -- D", "C -- D"),
                FeatureSets.EDGES.featureNames(LABELS));
    }

    @Test
    void choosesByName() {
        assertEquals(List.of("degree", "binary-degree", "edges"), FeatureSets.names());
        assertSame(FeatureSets.BINARY_DEGREE, FeatureSets.byName(" Binary-Degree ").orElseThrow());
        assertTrue(FeatureSets.byName("pagerank").isEmpty());
    }
}
