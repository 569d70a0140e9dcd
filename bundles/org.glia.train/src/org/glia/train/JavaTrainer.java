package org.glia.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Mlp;
import org.glia.train.eval.StratifiedSplit;
import org.glia.train.internal.Adam;
import org.glia.train.internal.Backprop;
import org.glia.train.internal.Params;
import org.glia.train.internal.TrainingData;

/**
 * The plain-Java training engine: Adam on softmax cross-entropy in double precision, fast for paper-scale
 * networks and exactly reproducible. Large layers use all cores without changing a bit of the result.
 * <p>
 * Randomness (validation split, mini-batch order) comes from {@link TrainSettings#seed()} only; full-batch
 * training visits subjects in index order.
 */
public final class JavaTrainer implements Trainer {

    @Override
    public String engine() {
        return TrainSettings.JAVA;
    }

    @Override
    public TrainResult train(Mlp initial, double[][] x, int[] y, TrainSettings s, EpochListener listener,
            IProgressMonitor monitor) {
        TrainingData.check(initial, x, y);
        SubMonitor progress = SubMonitor.convert(monitor, "Training", s.epochs());
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom splitRandom = root.split();
        SplittableRandom shuffleRandom = root.split();
        int[] all = IntStream.range(0, y.length).toArray();
        int[] train = all;
        int[] val = new int[0];
        if (s.earlyStopping()) {
            int[][] split = StratifiedSplit.holdout(y, all, s.validationFraction(), splitRandom);
            train = split[0];
            val = split[1];
        }
        int batch = s.batchSize() == 0 || s.batchSize() >= train.length ? train.length : s.batchSize();
        Params p = Params.of(initial);
        Adam adam = new Adam(p, s.learningRate());
        Backprop bp = new Backprop(initial.sizes(), Math.max(batch, Math.min(val.length, 4096)));
        List<EpochStats> history = new ArrayList<>();
        Params best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int[] order = train.clone();
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (batch < train.length) {
                StratifiedSplit.shuffle(order, shuffleRandom);
            }
            double loss = 0;
            int right = 0;
            for (int from = 0; from < order.length; from += batch) {
                int to = Math.min(order.length, from + batch);
                loss += bp.gradient(p, x, y, order, from, to, s.l2());
                right += bp.correct();
                adam.step(p, bp.weightGradients(), bp.biasGradients());
            }
            EpochStats stats = stats(epoch, loss / train.length, (double) right / train.length, p, bp, x, y, val);
            history.add(stats);
            if (!Double.isFinite(stats.loss()) || !p.isFinite()) {
                throw new TrainingException("Training diverged at epoch " + epoch + " (loss " + stats.loss()
                        + "); lower the learning rate.");
            }
            listener.epochEnded(stats);
            progress.subTask(String.format("Epoch %d of %d, loss %.4f", epoch, s.epochs(), stats.loss()));
            progress.worked(1);
            if (val.length > 0) {
                if (stats.validationLoss() < bestLoss || best == null) {
                    bestLoss = stats.validationLoss();
                    best = p.copy();
                    bestEpoch = epoch;
                } else if (epoch - bestEpoch >= s.patience()) {
                    return new TrainResult(best.toMlp(), history, bestEpoch, epoch < s.epochs());
                }
            }
        }
        if (best != null) {
            return new TrainResult(best.toMlp(), history, bestEpoch, false);
        }
        return new TrainResult(p.toMlp(), history, s.epochs(), false);
    }

    private static EpochStats stats(int epoch, double loss, double accuracy, Params p, Backprop bp, double[][] x,
            int[] y, int[] val) {
        if (val.length == 0) {
            return new EpochStats(epoch, loss, accuracy, Double.NaN, Double.NaN);
        }
        double vloss = 0;
        int right = 0;
        int chunk = Math.min(val.length, 4096);
        for (int from = 0; from < val.length; from += chunk) {
            int to = Math.min(val.length, from + chunk);
            vloss += bp.forward(p, x, y, val, from, to);
            right += bp.correct();
        }
        return new EpochStats(epoch, loss, accuracy, vloss / val.length, (double) right / val.length);
    }
}
