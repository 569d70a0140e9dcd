package org.glia.train.dl4j;

import java.util.List;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.glia.core.nn.Activation;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scores each mini-batch during DL4J's own forward pass, before the update, as the Java engine reports its
 * training figures: a second forward pass per step would nearly double DL4J's per-step overhead.
 * <p>
 * DL4J hands listeners the activations up to the input of the output layer; the output layer's pre-activations
 * are computed here from its pre-update weights (one small product) and the softmax is taken in Java.
 */
final class BatchScores extends BaseTrainingListener {

    private final int[] y;
    private final String weightKey;
    private final String biasKey;
    private int[] subjects;
    private int from;
    private double loss;
    private int correct;

    /** Scores batches of a network with {@code depth} layers against classes {@code y}. */
    BatchScores(int[] y, int depth) {
        this.y = y;
        this.weightKey = (depth - 1) + "_W";
        this.biasKey = (depth - 1) + "_b";
    }

    /** The next forward pass is of subjects {@code subjects[from ..]}. */
    void expect(int[] batchSubjects, int offset) {
        this.subjects = batchSubjects;
        this.from = offset;
    }

    /** Forgets the sums of the previous epoch. */
    void reset() {
        loss = 0;
        correct = 0;
    }

    /** The summed cross-entropy since {@link #reset()}. */
    double loss() {
        return loss;
    }

    /** Subjects classified right since {@link #reset()}. */
    int correct() {
        return correct;
    }

    @Override
    @SuppressWarnings("try") // the scope only has to be open, not used
    public void onForwardPass(Model model, List<INDArray> activations) {
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        // new arrays outside DL4J's training workspaces, so that nothing here can disturb them
        try (MemoryWorkspace outside = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            INDArray below = activations.get(activations.size() - 1);
            INDArray z = below.mmul(net.getParam(weightKey)).addiRowVector(net.getParam(biasKey));
            double[][] p = Dl4jData.rows(z);
            for (double[] row : p) {
                Activation.SOFTMAX.apply(row);
            }
            loss += Dl4jData.crossEntropy(p, y, subjects, from);
            correct += Dl4jData.correct(p, y, subjects, from);
        }
    }
}
