package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethod;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.junit.jupiter.api.Test;

/** Occlusion's signs on a network whose answer is known. */
class OcclusionTest {

    // Two classes, softmax. Logit 0 grows with region 0, falls with region 1, ignores region 2.
    private static final Mlp NET = Nets.of(Nets.layer(new double[][] { { 2, -3, 0 }, { 0, 0, 0 } },
            new double[] { 0, 0 }, Activation.SOFTMAX));
    private static final double[] MEAN = { 0, 0, 0 };

    @Test
    void signsFollowTheEvidence() {
        AttributionMethod occ = AttributionMethods.get("occlusion").method();
        ExplainContext ctx = ExplainContext.of(MEAN);
        double[] x = { 1, 1, 5 };
        double[] c0 = occ.attribute(NET, x, 1, 0, ctx);
        assertTrue(c0[0] > 0, "region 0 supports class 0");
        assertTrue(c0[1] < 0, "region 1 speaks against class 0");
        assertEquals(0.0, c0[2], 0, "region 2 is ignored");
        double[] c1 = occ.attribute(NET, x, 1, 1, ctx);
        for (int j = 0; j < 3; j++) {
            assertEquals(-c0[j], c1[j], 1e-15, "two classes: probabilities move in opposite directions");
        }
        // A region already at its mean cannot change anything.
        assertEquals(0.0, occ.attribute(NET, new double[] { 0, 1, 1 }, 1, 0, ctx)[0], 0);
    }

    @Test
    void valuesAreProbabilityDrops() {
        double[] x = { 1, 0, 0 };
        double p = 1 / (1 + Math.exp(-2));
        double[] c0 = AttributionMethods.get("occlusion").method().attribute(NET, x, 1, 0, ExplainContext.of(MEAN));
        assertEquals(p - 0.5, c0[0], 1e-15);
    }
}
