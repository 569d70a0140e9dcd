package org.glia.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.glia.core.nn.Activation;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.dl4j.Dl4jNetworks;
import org.glia.train.dl4j.Dl4jTrainer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** An Mlp converted to DL4J computes what Glia's forward pass computes, before and after training. */
class Dl4jConversionTest {

    private static final double TOLERANCE = 1e-6;
    private static final Activation[] HIDDEN = {Activation.RELU, Activation.TANH, Activation.SIGMOID};

    /** A network of {@code depth} layers with random sizes, weights, biases and hidden activations. */
    static Mlp randomNet(SplittableRandom r, int inputs, int depth, int classes) {
        List<DenseLayer> layers = new ArrayList<>();
        int in = inputs;
        for (int k = 0; k < depth; k++) {
            boolean last = k == depth - 1;
            int out = last ? classes : 1 + r.nextInt(9);
            double[] w = new double[in * out];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextGaussian() / Math.sqrt(in);
            }
            double[] b = new double[out];
            for (int i = 0; i < out; i++) {
                b[i] = 0.3 * r.nextGaussian();
            }
            layers.add(new DenseLayer(in, out, w, b, last ? Activation.SOFTMAX : HIDDEN[r.nextInt(HIDDEN.length)]));
            in = out;
        }
        return new Mlp(layers);
    }

    static double[][] randomInputs(SplittableRandom r, int rows, int features) {
        double[][] x = new double[rows][features];
        for (double[] row : x) {
            for (int f = 0; f < features; f++) {
                row[f] = 1.5 * r.nextGaussian();
            }
        }
        return x;
    }

    /** The largest difference between DL4J's outputs and Glia's forward pass over the rows of {@code x}. */
    static double maxDifference(MultiLayerNetwork net, Mlp mlp, double[][] x) {
        double[][] dl4j = Dl4jNetworks.output(net, x);
        double max = 0;
        for (int s = 0; s < x.length; s++) {
            double[][] levels = mlp.forward(x[s]);
            double[] glia = levels[levels.length - 1];
            assertEquals(glia.length, dl4j[s].length);
            for (int c = 0; c < glia.length; c++) {
                max = Math.max(max, Math.abs(glia[c] - dl4j[s][c]));
            }
        }
        return max;
    }

    @Test
    void randomNetworksAgreeBeforeTraining() {
        SplittableRandom r = new SplittableRandom(11);
        for (int depth = 1; depth <= 4; depth++) {
            for (int trial = 0; trial < 6; trial++) {
                int inputs = 1 + r.nextInt(12);
                Mlp mlp = randomNet(r, inputs, depth, 2 + r.nextInt(3));
                MultiLayerNetwork net = Dl4jNetworks.toNetwork(mlp);
                assertEquals(DataType.DOUBLE, net.params().dataType());
                double diff = maxDifference(net, mlp, randomInputs(r, 20, inputs));
                assertTrue(diff < TOLERANCE, mlp + " differs by " + diff);
            }
        }
    }

    @Test
    void weightsRoundTripBitForBit() {
        SplittableRandom r = new SplittableRandom(12);
        for (int depth = 1; depth <= 4; depth++) {
            Mlp mlp = randomNet(r, 7, depth, 3);
            MultiLayerNetwork net = Dl4jNetworks.toNetwork(mlp);
            assertEquals(mlp, Dl4jNetworks.toMlp(net));
            // DL4J keeps W as [nIn, nOut]: W[j][i] is Glia's weight from input j to node i
            DenseLayer first = mlp.layer(0);
            assertEquals(first.inputs(), net.getParam("0_W").size(0));
            assertEquals(first.weight(first.outputs() - 1, 0), net.getParam("0_W").getDouble(0, first.outputs() - 1));
        }
    }

    @Test
    void networkTrainedInsideDl4jReadsBackToItsOwnOutput() {
        SplittableRandom r = new SplittableRandom(13);
        for (int depth = 1; depth <= 4; depth++) {
            Mlp mlp = randomNet(r, 6, depth, 3);
            MultiLayerNetwork net = Dl4jNetworks.toNetwork(mlp, 0.05, 1e-3);
            double[][] x = randomInputs(r, 30, 6);
            double[][] labels = new double[30][3];
            for (int s = 0; s < 30; s++) {
                labels[s][s % 3] = 1;
            }
            DataSet data = new DataSet(Nd4j.create(x), Nd4j.create(labels));
            for (int step = 0; step < 25; step++) {
                net.fit(data);
            }
            Mlp trained = Dl4jNetworks.toMlp(net);
            assertNotEquals(mlp, trained);
            double diff = maxDifference(net, trained, randomInputs(r, 20, 6));
            assertTrue(diff < TOLERANCE, "trained " + trained + " differs by " + diff);
        }
    }

    @Test
    void networksTrainedByTheEngineAgreeAfterTraining() {
        SplittableRandom r = new SplittableRandom(14);
        Toy d = Toy.blobs(new int[] {15, 15, 10}, 5, 2, 15);
        for (int depth = 1; depth <= 4; depth++) {
            Mlp mlp = randomNet(r, 5, depth, 3);
            TrainResult result = new Dl4jTrainer().train(mlp, d.x, d.y,
                    TrainSettings.defaults().withEngine(TrainSettings.DL4J).withEpochs(30), null);
            double diff = maxDifference(Dl4jNetworks.toNetwork(result.network()), result.network(),
                    randomInputs(r, 20, 5));
            assertTrue(diff < TOLERANCE, "trained " + result.network() + " differs by " + diff);
            for (int k = 0; k < depth; k++) {
                assertEquals(mlp.layer(k).activation(), result.network().layer(k).activation());
            }
        }
    }

    @Test
    void identityHiddenLayersConvertToo() {
        Mlp mlp = new Mlp(List.of(new DenseLayer(2, 2, new double[] {1, -2, 0.5, 3}, new double[] {0.1, -0.1},
                Activation.IDENTITY), new DenseLayer(2, 2, new double[] {1, 0, 0, 1}, new double[2], Activation.SOFTMAX)));
        MultiLayerNetwork net = Dl4jNetworks.toNetwork(mlp);
        assertEquals(mlp, Dl4jNetworks.toMlp(net));
        assertArrayEquals(mlp.predict(new double[] {1, 2}), Dl4jNetworks.output(net, new double[][] {{1, 2}})[0],
                TOLERANCE);
    }

    @Test
    void refusesNetworksDl4jCannotTrainAsClassifiers() {
        Mlp noSoftmax = new Mlp(List.of(new DenseLayer(2, 2, new double[4], new double[2], Activation.TANH)));
        assertThrows(IllegalArgumentException.class, () -> Dl4jNetworks.toNetwork(noSoftmax));
        Mlp softmaxHidden = new Mlp(List.of(new DenseLayer(2, 2, new double[4], new double[2], Activation.SOFTMAX),
                new DenseLayer(2, 2, new double[4], new double[2], Activation.SOFTMAX)));
        assertThrows(IllegalArgumentException.class, () -> Dl4jNetworks.toNetwork(softmaxHidden));
    }
}
