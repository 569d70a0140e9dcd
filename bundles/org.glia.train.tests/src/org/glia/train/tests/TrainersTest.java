package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.core.nn.Mlp;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.Trainers;
import org.glia.train.dl4j.Dl4jTrainer;
import org.junit.jupiter.api.Test;

/** Engines are chosen by name in one place; "auto" picks by the work of one training step. */
class TrainersTest {

    private static final TrainSettings AUTO = TrainSettings.defaults().withEngine(Trainers.AUTO);

    @Test
    void namesMapToEngines() {
        assertInstanceOf(JavaTrainer.class, Trainers.get("java"));
        assertInstanceOf(Dl4jTrainer.class, Trainers.get(" DL4J "));
        assertEquals("dl4j", Trainers.get("dl4j").engine());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainers.get("tensorflow"));
        assertTrue(e.getMessage().contains("java, dl4j, auto"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Trainers.get("auto"));
        assertThrows(IllegalArgumentException.class, () -> Trainers.get(null));
    }

    @Test
    void explicitEnginesAreKept() {
        Mlp huge = Toy.network(1, 300, 400, 2);
        assertEquals("java", Trainers.resolve(AUTO.withEngine("java"), huge, 5000));
        assertEquals("dl4j", Trainers.resolve(AUTO.withEngine("dl4j"), Toy.network(1, 2, 2, 2), 10));
        assertThrows(IllegalArgumentException.class, () -> Trainers.resolve(AUTO.withEngine("nope"), huge, 10));
    }

    @Test
    void autoTakesJavaAtPaperScaleAndDl4jForBigSteps() {
        Mlp paper = Toy.network(1, 90, 8, 4, 2);
        assertEquals(774, Trainers.parameters(paper));
        assertEquals("java", Trainers.resolve(AUTO, paper, 62));
        assertInstanceOf(JavaTrainer.class, Trainers.choose(AUTO, paper, 62));
        Mlp big = Toy.network(1, 278, 512, 512, 3);
        assertEquals("dl4j", Trainers.resolve(AUTO.withBatchSize(128), big, 2000));
        assertInstanceOf(Dl4jTrainer.class, Trainers.choose(AUTO.withBatchSize(128), big, 2000));
        // a small network stays in Java in mini-batches however many subjects there are
        assertEquals("java", Trainers.resolve(AUTO.withBatchSize(32), paper, 1_000_000));
    }

    @Test
    void autoThresholdIsOnSubjectsPerStepTimesParameters() {
        Mlp net = Toy.network(1, 99, 10, 1); // 99*10+10 + 10*1+1 = 1011 parameters
        long params = Trainers.parameters(net);
        assertEquals(1011, params);
        int atThreshold = (int) (Trainers.AUTO_STEP_WORK / params);
        assertEquals("java", Trainers.resolve(AUTO, net, atThreshold));
        assertEquals("dl4j", Trainers.resolve(AUTO, net, atThreshold + 1));
        assertEquals("java", Trainers.resolve(AUTO.withBatchSize(atThreshold), net, 10 * atThreshold));
    }
}
