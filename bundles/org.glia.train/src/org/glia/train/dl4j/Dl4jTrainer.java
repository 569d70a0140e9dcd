package org.glia.train.dl4j;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochListener;
import org.glia.train.EpochStats;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.TrainingException;
import org.glia.train.internal.TrainingData;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DeepLearning4J training engine: the same training as {@link JavaTrainer} (Adam, mean softmax
 * cross-entropy, L2 on the weights, the same seeded validation split and mini-batches, the same early stopping)
 * run by DL4J in double precision from the network's current weights.
 * <p>
 * DL4J parallelises each step internally (OpenBLAS, OpenMP), so trainings run one at a time
 * ({@link #maxParallelRuns()} is 1). It pays about a millisecond per step whatever the size, so it only beats the
 * Java engine on large networks or data (see {@code Trainers}). Same seed, same weights bit for bit on the same
 * machine.
 */
public final class Dl4jTrainer implements Trainer {

    @Override
    public String engine() {
        return TrainSettings.DL4J;
    }

    @Override
    public int maxParallelRuns() {
        return 1;
    }

    @Override
    public TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings s, EpochListener listener,
            IProgressMonitor monitor) {
        TrainingData.check(initial, x, y);
        SubMonitor progress = SubMonitor.convert(monitor, "Training with DeepLearning4J", s.epochs());
        checkCanceled(progress);
        TrainingPlan plan = TrainingPlan.of(y, s);
        Dl4jData data = new Dl4jData(x, y, initial.outputs());
        MultiLayerNetwork net = Dl4jNetworks.toNetwork(initial, s.learningRate(), s.l2());
        BatchScores scores = new BatchScores(y, initial.depth());
        net.setListeners(scores);
        DataSet full = plan.fullBatch() ? data.batch(plan.train(), 0, plan.train().length) : null;
        INDArray validation = plan.validation().length > 0 ? data.features(plan.validation()) : null;
        List<EpochStats> history = new ArrayList<>();
        INDArray best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            checkCanceled(progress);
            int[] order = plan.nextEpoch();
            scores.reset();
            for (int from = 0; from < order.length; from += plan.batchSize()) {
                int to = Math.min(order.length, from + plan.batchSize());
                DataSet batch = full != null ? full : data.batch(order, from, to);
                scores.expect(order, from);
                net.fit(batch);
                if (to < order.length) {
                    checkCanceled(progress);
                }
            }
            EpochStats stats = stats(epoch, scores.loss() / order.length, (double) scores.correct() / order.length, net, validation, y,
                    plan.validation());
            history.add(stats);
            if (!Double.isFinite(stats.loss()) || !Double.isFinite(net.params().sumNumber().doubleValue())) {
                throw new TrainingException("Training diverged at epoch " + epoch + " (loss " + stats.loss()
                        + "); lower the learning rate.");
            }
            listener.epochEnded(stats);
            progress.subTask(String.format("Epoch %d of %d, loss %.4f", epoch, s.epochs(), stats.loss()));
            progress.worked(1);
            if (validation != null) {
                if (best == null || stats.validationLoss() < bestLoss) {
                    bestLoss = stats.validationLoss();
                    best = net.params().dup();
                    bestEpoch = epoch;
                } else if (epoch - bestEpoch >= s.patience()) {
                    net.setParams(best);
                    return new TrainResult(Dl4jNetworks.toMlp(net), history, bestEpoch, epoch < s.epochs());
                }
            }
        }
        if (best != null) {
            net.setParams(best);
            return new TrainResult(Dl4jNetworks.toMlp(net), history, bestEpoch, false);
        }
        return new TrainResult(Dl4jNetworks.toMlp(net), history, s.epochs(), false);
    }

    private static EpochStats stats(int epoch, double loss, double accuracy, MultiLayerNetwork net, INDArray features,
            int[] y, int[] val) {
        if (features == null) {
            return new EpochStats(epoch, loss, accuracy, Double.NaN, Double.NaN);
        }
        double[][] p = net.output(features, false).toDoubleMatrix();
        return new EpochStats(epoch, loss, accuracy, Dl4jData.crossEntropy(p, y, val, 0) / val.length,
                (double) Dl4jData.correct(p, y, val, 0) / val.length);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
