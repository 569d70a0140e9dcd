package org.glia.train.internal;

import java.util.List;

import org.glia.model.FoldMetrics;
import org.glia.model.GliaFactory;
import org.glia.model.Metrics;
import org.glia.model.TrainingSettings;
import org.glia.train.TrainSettings;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.train.retrain.Retraining;
import org.glia.train.retrain.TrainingScores;

/** Turns training settings and scores into the model's {@link TrainingSettings} and {@link Metrics} objects. */
public final class VersionRecords {

    private VersionRecords() {
    }

    /** The model object for {@code s} and {@code folds}. */
    public static TrainingSettings settings(TrainSettings s, int folds) {
        TrainingSettings t = GliaFactory.eINSTANCE.createTrainingSettings();
        t.setEngine(s.engine());
        t.setLearningRate(s.learningRate());
        t.setEpochs(s.epochs());
        t.setBatchSize(s.batchSize());
        t.setL2(s.l2());
        t.setPatience(s.patience());
        t.setValidationFraction(s.validationFraction());
        t.setSeed(s.seed());
        t.setFolds(folds);
        return t;
    }

    /** The cross-validated metrics of {@code r}, or its training-set scores when it has no CV. */
    public static Metrics metrics(Retraining r) {
        Metrics m = GliaFactory.eINSTANCE.createMetrics();
        CvResult cv = r.cv();
        if (cv == null) {
            TrainingScores t = r.training();
            m.setFolds(0);
            m.setAccuracy(t.accuracy());
            m.setBalancedAccuracy(t.balancedAccuracy());
            m.setAuc(t.auc());
            addConfusion(m.getConfusion(), t.confusion());
            return m;
        }
        m.setFolds(cv.folds().size());
        m.setAccuracy(cv.accuracy().mean());
        m.setAccuracySd(cv.accuracy().sd());
        m.setBalancedAccuracy(cv.balancedAccuracy().mean());
        m.setBalancedAccuracySd(cv.balancedAccuracy().sd());
        m.setAuc(cv.auc().mean());
        m.setAucSd(cv.auc().sd());
        addConfusion(m.getConfusion(), cv.confusion());
        for (FoldResult f : cv.folds()) {
            FoldMetrics fm = GliaFactory.eINSTANCE.createFoldMetrics();
            fm.setFold(f.fold());
            fm.setTestSize(f.test().length);
            fm.setEpochs(f.epochs());
            fm.setAccuracy(f.accuracy());
            fm.setBalancedAccuracy(f.balancedAccuracy());
            fm.setAuc(f.auc());
            m.getFoldMetrics().add(fm);
        }
        return m;
    }

    private static void addConfusion(List<Integer> target, int[][] c) {
        for (int[] row : c) {
            for (int v : row) {
                target.add(v);
            }
        }
    }
}
