package org.glia.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Proves DeepLearning4J works inside OSGi: ND4J finds its native CPU backend through the library bundle,
 * and a tiny network learns XOR, reproducibly for a fixed seed.
 */
class Dl4jInOsgiTest {

    private static final double[][] X = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
    private static final double[][] Y = { { 1, 0 }, { 0, 1 }, { 0, 1 }, { 1, 0 } };

    private static MultiLayerNetwork train(long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.DOUBLE)
                .updater(new Adam(0.05)).weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(8).activation(Activation.TANH).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(8).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray x = Nd4j.create(X);
        INDArray y = Nd4j.create(Y);
        for (int epoch = 0; epoch < 400; epoch++) {
            net.fit(x, y);
        }
        return net;
    }

    @Test
    void tinyNetworkLearnsXorInsideOsgi() {
        MultiLayerNetwork net = train(42);
        INDArray out = net.output(Nd4j.create(X));
        for (int i = 0; i < X.length; i++) {
            int predicted = out.getRow(i).argMax().getInt(0);
            int expected = Y[i][1] > 0.5 ? 1 : 0;
            assertEquals(expected, predicted, "sample " + i + " output " + out.getRow(i));
        }
        assertTrue(net.score() < 0.1, "loss after training: " + net.score());
    }

    @Test
    void sameSeedGivesIdenticalWeights() {
        double[] a = train(7).params().toDoubleVector();
        double[] b = train(7).params().toDoubleVector();
        assertArrayEquals(a, b, 0.0);
    }
}
