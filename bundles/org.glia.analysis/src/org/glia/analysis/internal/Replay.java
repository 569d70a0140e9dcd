package org.glia.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.analysis.LabelledData;
import org.glia.analysis.StandardizerScaling;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.edit.ModelEdit;
import org.glia.model.nn.MlpConversion;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.TrainingException;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FeatureScaling;
import org.glia.train.eval.FoldResult;
import org.glia.train.eval.Scores;
import org.glia.train.eval.StratifiedSplit;

/**
 * Cross-validation by replay: for each stratified fold, the network is rebuilt as the network step built it and
 * every model change of the run is replayed in order (edits as made, each training on the fold's training subjects
 * only, standardisation fitted on them), then the result is scored on the fold's test subjects. Unlike folds that
 * start from the working network's weights, no weight has then seen a test subject, through any earlier training.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * Cross-validates the lineage's changes, plus one more training with {@code extra} when it is not null (its
     * engine resolved, as the recorded trainings' are).
     *
     * @param seed the seed of the fold assignment (each training keeps its own seed)
     * @throws StepFault when an edit is refused on a fold's network or training fails
     */
    public static CvResult run(Lineage lineage, TrainSettings extra, LabelledData d, int folds, long seed,
            IProgressMonitor monitor) throws StepFault {
        List<Lineage.Change> changes = lineage.changes();
        int trainings = (int) changes.stream().filter(c -> c.train() != null).count() + (extra != null ? 1 : 0);
        if (trainings == 0) {
            throw new StepFault("there is no training to cross-validate");
        }
        int[][] tests;
        try {
            tests = StratifiedSplit.folds(d.y(), folds, seed);
        } catch (IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Cross-validating by replay (" + folds + " folds)",
                folds * trainings);
        List<FoldResult> results = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            results.add(fold(f, tests[f], lineage, changes, extra, d, progress));
        }
        return new CvResult(results, d.classes().size());
    }

    private static FoldResult fold(int f, int[] test, Lineage lineage, List<Lineage.Change> changes,
            TrainSettings extra, LabelledData d, SubMonitor progress) throws StepFault {
        int[] train = complement(test, d.y().length);
        double[][] trainX = new double[train.length][];
        int[] trainY = new int[train.length];
        for (int i = 0; i < train.length; i++) {
            trainX[i] = d.x()[train[i]];
            trainY[i] = d.y()[train[i]];
        }
        Network net = lineage.build();
        FeatureScaling scaling = null;
        TrainResult last = null;
        for (Lineage.Change c : changes) {
            if (c.train() == null) {
                ModelEdit e = c.edit().apply(net);
                if (!e.canExecute()) {
                    throw new StepFault("replaying '" + e.getLabel() + "' in fold " + f + " was refused: " + e.whyNot());
                }
                e.execute();
            } else {
                scaling = StandardizerScaling.fit(trainX);
                last = train(net, c.train(), scaling.apply(trainX), trainY, progress);
            }
        }
        if (extra != null) {
            scaling = StandardizerScaling.fit(trainX);
            last = train(net, extra, scaling.apply(trainX), trainY, progress);
        }
        int classes = d.classes().size();
        int[] truth = new int[test.length];
        int[] predicted = new int[test.length];
        double[][] p = new double[test.length][];
        for (int i = 0; i < test.length; i++) {
            truth[i] = d.y()[test[i]];
            p[i] = last.network().predict(scaling.apply(d.x()[test[i]]));
            predicted[i] = CrossValidation.argmax(p[i]);
        }
        return new FoldResult(f, test, predicted, p, Scores.accuracy(truth, predicted),
                Scores.balancedAccuracy(truth, predicted, classes), Scores.auc(truth, p, classes),
                Scores.confusion(truth, predicted, classes), last.epochsRun());
    }

    /** Trains {@code net} from its weights and writes the trained weights back into it. */
    private static TrainResult train(Network net, TrainSettings s, double[][] x, int[] y, SubMonitor progress)
            throws StepFault {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        TrainResult r;
        try {
            r = Engines.trainer(s).train(MlpConversion.toMlp(net), x, y, s, progress.split(1));
        } catch (TrainingException | IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
        write(net, r.network());
        return r;
    }

    /** Writes the weights and biases of {@code m} into {@code net} (same shape), keeping its edit counters. */
    private static void write(Network net, Mlp m) {
        List<Layer> layers = net.getLayers();
        for (int k = 1; k < layers.size(); k++) {
            DenseLayer d = m.layer(k - 1);
            Layer l = layers.get(k);
            l.getWeights().reshape(d.outputs(), d.inputs(), d.weights());
            List<Node> nodes = l.getNodes();
            for (int i = 0; i < nodes.size(); i++) {
                nodes.get(i).setBias(d.bias(i));
            }
        }
    }

    private static int[] complement(int[] sorted, int n) {
        int[] r = new int[n - sorted.length];
        int t = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            if (s < sorted.length && sorted[s] == i) {
                s++;
            } else {
                r[t++] = i;
            }
        }
        return r;
    }
}
