package org.glia.ui.training.tests;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.FoldMetrics;
import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.train.eval.Stat;

/**
 * Studies with versions made in code through the model's own edits: a network from a seed, and "trainings" that
 * record the working network with every weight moved by a known amount, so the differences between versions are
 * known exactly.
 */
final class Studies {

    private Studies() {
    }

    /** A study of a {@code regions}-{@code hidden}-2 network (classes HC, AD) without versions. */
    static Study study(int regions, int hidden, long seed) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            labels.add("Region_" + i);
        }
        Study s = GliaFactory.eINSTANCE.createStudy();
        s.setName("versions test");
        s.setCohortPath("cohort");
        s.getClasses().addAll(List.of("HC", "AD"));
        s.setSeed(seed);
        s.setNetwork(NetworkBuilder.build(labels, new int[] {hidden}, ActivationFunction.RELU, List.of("HC", "AD"),
                seed));
        return s;
    }

    /**
     * Records a version as a training would: the working network with {@code delta} added to every weight,
     * the given metrics, through {@link NetworkEdits#recordVersion} on {@code stack}.
     */
    static ModelVersion record(Study study, CommandStack stack, double delta, Metrics metrics) {
        Mlp initial = MlpConversion.toMlp(study.getNetwork());
        List<DenseLayer> moved = new ArrayList<>();
        for (DenseLayer d : initial.layers()) {
            double[] w = d.weights();
            for (int i = 0; i < w.length; i++) {
                w[i] += delta;
            }
            moved.add(new DenseLayer(d.inputs(), d.outputs(), w, d.bias(), d.activation()));
        }
        ModelEdit edit = NetworkEdits.recordVersion(study, initial, new Mlp(moved), null, null, settings(),
                metrics, new Date());
        String why = NetworkEdits.run(stack, edit);
        if (why != null) {
            throw new IllegalStateException(why);
        }
        return study.getCurrentVersion();
    }

    /** Java engine, learning rate 0.01, 100 epochs, full batch, L2 1e-4, patience 10 holding out 20 %. */
    static TrainingSettings settings() {
        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEngine("java");
        t.setLearningRate(0.01);
        t.setEpochs(100);
        t.setL2(1e-4);
        t.setPatience(10);
        t.setValidationFraction(0.2);
        t.setSeed(3);
        t.setFolds(5);
        return t;
    }

    /**
     * Cross-validated metrics: the folds' accuracies given, balanced accuracy 0.05 below, AUC 0.1 above; confusion
     * {@code [[tn, fp], [fn, tp]]}.
     */
    static Metrics cv(int[][] confusion, double... accuracies) {
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        m.setFolds(accuracies.length);
        double[] bal = new double[accuracies.length];
        double[] auc = new double[accuracies.length];
        for (int f = 0; f < accuracies.length; f++) {
            bal[f] = accuracies[f] - 0.05;
            auc[f] = accuracies[f] + 0.1;
            FoldMetrics fm = GliaFactory.eINSTANCE.createFoldMetrics();
            fm.setFold(f);
            fm.setAccuracy(accuracies[f]);
            fm.setBalancedAccuracy(bal[f]);
            fm.setAuc(auc[f]);
            fm.setEpochs(40 + f);
            fm.setTestSize(6);
            m.getFoldMetrics().add(fm);
        }
        var acc = Stat.of(accuracies);
        var b = Stat.of(bal);
        var a = Stat.of(auc);
        m.setAccuracy(acc.mean());
        m.setAccuracySd(acc.sd());
        m.setBalancedAccuracy(b.mean());
        m.setBalancedAccuracySd(b.sd());
        m.setAuc(a.mean());
        m.setAucSd(a.sd());
        for (int[] row : confusion) {
            for (int v : row) {
                m.getConfusion().add(v);
            }
        }
        return m;
    }
}
