package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.glia.core.nn.Activation;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportanceEngine;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.ImportancePolicy.Negatives;
import org.glia.explain.ImportancePolicy.ZeroInput;
import org.glia.explain.Importances;
import org.glia.explain.NodeMaps;
import org.glia.explain.SubjectImportance;
import org.glia.explain.internal.PathEnumeration;
import org.glia.explain.internal.RandomNets;
import org.junit.jupiter.api.Test;

/** Property tests of the paper rule on 600 seeded random networks (depth 2-5, ReLU / tanh / sigmoid). */
class PaperRulePropertyTest {

    private static final int NETWORKS = 600;
    private static final ImportancePolicy[] POLICIES = {
            ImportancePolicy.DEFAULT,
            new ImportancePolicy(Negatives.ABSOLUTE, ZeroInput.DROP),
            new ImportancePolicy(Negatives.POSITIVE_PART, ZeroInput.SPREAD_EVENLY),
            new ImportancePolicy(Negatives.POSITIVE_PART, ZeroInput.DROP) };

    @Test
    void everyLevelConservesImportance() {
        SplittableRandom rnd = new SplittableRandom(1);
        int positiveCases = 0;
        for (int t = 0; t < NETWORKS; t++) {
            Mlp net = Nets.small(rnd, Activation.SOFTMAX);
            ForwardPass pass = net.pass(RandomNets.gaussian(net.inputs(), rnd));
            for (ImportancePolicy p : POLICIES) {
                for (int level = 1; level <= net.depth(); level++) {
                    for (int node = 0; node < net.sizes()[level]; node++) {
                        Importances r = ImportanceBackprop.fromNode(net, pass, level, node, p);
                        double[] sums = r.levelSums();
                        // With DROP each level k holds 1 minus what was dropped above it; the input level holds 1 - dropped.
                        assertEquals(1.0, sums[0] + r.dropped(), 1e-9, "net " + t + " " + p);
                        for (int k = 0; k <= level; k++) {
                            assertTrue(sums[k] <= 1 + 1e-9 && sums[k] >= -1e-12);
                            for (double v : r.levels()[k]) {
                                assertTrue(v >= 0, "importance is never negative");
                            }
                        }
                        if (r.dropped() == 0 && r.spread() == 0) {
                            positiveCases++;
                            for (double s : sums) {
                                assertEquals(1.0, s, 1e-9, "net " + t + " level sums when all denominators > 0");
                            }
                        }
                        if (p.zeroInput() == ZeroInput.SPREAD_EVENLY) {
                            for (double s : sums) {
                                assertEquals(1.0, s, 1e-9, "spreading keeps every level at 1");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(positiveCases > NETWORKS, "most cases have positive denominators: " + positiveCases);
    }

    @Test
    void equalsExplicitPathEnumeration() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int t = 0; t < NETWORKS; t++) {
            Mlp net = Nets.small(rnd, Activation.SOFTMAX);
            ForwardPass pass = net.pass(RandomNets.gaussian(net.inputs(), rnd));
            for (ImportancePolicy p : POLICIES) {
                for (int level = 1; level <= net.depth(); level++) {
                    for (int node = 0; node < net.sizes()[level]; node++) {
                        assertArrayEquals(PathEnumeration.regions(net, pass, level, node, p),
                                ImportanceBackprop.fromNode(net, pass, level, node, p).regions(), 1e-12,
                                "net " + t + " " + net + " node " + level + ":" + node + " " + p);
                    }
                }
            }
        }
    }

    @Test
    void allNodesPassEqualsSingleNodeRuns() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int t = 0; t < NETWORKS; t++) {
            Mlp net = Nets.small(rnd, Activation.SOFTMAX);
            ForwardPass pass = net.pass(RandomNets.gaussian(net.inputs(), rnd));
            ImportancePolicy p = POLICIES[t % POLICIES.length];
            NodeMaps every = ImportanceBackprop.everyNode(net, pass, p, false);
            NodeMaps everyParallel = ImportanceBackprop.everyNode(net, pass, p, true);
            for (int level = 1; level <= net.depth(); level++) {
                double[][] joint = ImportanceBackprop.allNodes(net, pass, level, p, t % 2 == 0);
                for (int node = 0; node < net.sizes()[level]; node++) {
                    double[] single = ImportanceBackprop.fromNode(net, pass, level, node, p).regions();
                    assertArrayEquals(single, every.map(level, node), 1e-12, "net " + t);
                    assertArrayEquals(single, joint[node], 1e-12, "net " + t);
                    assertArrayEquals(every.map(level, node), everyParallel.map(level, node), 0.0,
                            "threads must not change a bit");
                }
            }
        }
    }

    @Test
    void preparedSubjectEqualsOneOffRuns() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int t = 0; t < NETWORKS; t++) {
            Mlp net = Nets.small(rnd, Activation.SOFTMAX);
            ImportanceEngine engine = ImportanceEngine.of(net);
            ForwardPass pass = net.pass(RandomNets.gaussian(net.inputs(), rnd));
            for (ImportancePolicy p : POLICIES) {
                SubjectImportance subject = engine.subject(pass, p);
                for (int level = 1; level <= net.depth(); level++) {
                    for (int node = 0; node < net.sizes()[level]; node++) {
                        Importances once = ImportanceBackprop.fromNode(net, pass, level, node, p);
                        Importances prepared = subject.fromNode(level, node);
                        for (int k = 0; k <= level; k++) {
                            assertArrayEquals(once.levels()[k], prepared.levels()[k], 1e-12, "net " + t);
                        }
                        assertEquals(once.dropped(), prepared.dropped(), 1e-12);
                        assertEquals(once.spread(), prepared.spread(), 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void largeLevelsUseTheMatrixProductAndAgree() {
        // Wide enough that 4-row blocks, remainders and both association orders are exercised.
        SplittableRandom rnd = new SplittableRandom(4);
        for (Activation f : Nets.HIDDEN) {
            Mlp net = RandomNets.mlp(new int[] { 23, 37, 41, 6, 3 }, f, Activation.SOFTMAX, rnd);
            ForwardPass pass = net.pass(RandomNets.gaussian(23, rnd));
            for (int level = 1; level <= 4; level++) {
                double[][] joint = ImportanceBackprop.allNodes(net, pass, level, ImportancePolicy.DEFAULT, true);
                for (int node = 0; node < joint.length; node++) {
                    assertArrayEquals(ImportanceBackprop.fromNode(net, pass, level, node, ImportancePolicy.DEFAULT)
                            .regions(), joint[node], 1e-12);
                    assertEquals(1.0, Nets.sum(joint[node]), 1e-9);
                }
            }
        }
    }
}
