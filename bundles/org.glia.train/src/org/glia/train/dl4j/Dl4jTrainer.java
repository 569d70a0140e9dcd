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
 * run by DL4J in double precision from the network's current weights; the trained weights come back as a new Mlp.
 * The two engines' weights differ only by floating-point summation order (about 1e-14 after 200 epochs).
 * <p>
 * DL4J spreads each step over its native threads ({@link Dl4jRuntime}), so trainings run one at a time
 * ({@link #maxParallelRuns()} is 1). It pays about a millisecond per step whatever the size, so it only beats the
 * Java engine when a step has a lot of arithmetic (see {@code Trainers}). Same seed, same weights bit for bit on
 * the same machine.
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
        BestEpoch best = validation != null ? new BestEpoch(s.patience()) : null;
        List<EpochStats> history = new ArrayList<>();
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            checkCanceled(progress);
            int[] order = plan.nextEpoch();
            scores.reset();
            for (int from = 0; from < order.length; from += plan.batchSize()) {
                int to = Math.min(order.length, from + plan.batchSize());
                scores.expect(order, from);
                net.fit(full != null ? full : data.batch(order, from, to));
                if (to < order.length) {
                    checkCanceled(progress);
                }
            }
            EpochStats stats = stats(epoch, scores, order.length, net, validation, y, plan.validation());
            history.add(stats);
            if (!Double.isFinite(stats.loss()) || !Double.isFinite(net.params().sumNumber().doubleValue())) {
                throw new TrainingException("Training diverged at epoch " + epoch + " (loss " + stats.loss()
                        + "); lower the learning rate.");
            }
            listener.epochEnded(stats);
            progress.subTask(String.format("Epoch %d of %d, loss %.4f", epoch, s.epochs(), stats.loss()));
            progress.worked(1);
            if (best != null && best.stopAfter(epoch, stats.validationLoss(), net)) {
                best.restore(net);
                return new TrainResult(Dl4jNetworks.toMlp(net), history, best.epoch(), epoch < s.epochs());
            }
        }
        if (best != null) {
            best.restore(net);
            return new TrainResult(Dl4jNetworks.toMlp(net), history, best.epoch(), false);
        }
        return new TrainResult(Dl4jNetworks.toMlp(net), history, s.epochs(), false);
    }

    private static EpochStats stats(int epoch, BatchScores scores, int trained, MultiLayerNetwork net,
            INDArray features, int[] y, int[] val) {
        double loss = scores.loss() / trained;
        double accuracy = (double) scores.correct() / trained;
        if (features == null) {
            return new EpochStats(epoch, loss, accuracy, Double.NaN, Double.NaN);
        }
        double[][] p = Dl4jData.rows(net.output(features, false));
        return new EpochStats(epoch, loss, accuracy, Dl4jData.crossEntropy(p, y, val, 0) / val.length,
                (double) Dl4jData.correct(p, y, val, 0) / val.length);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
