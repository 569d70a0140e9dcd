package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.METRICS;
import static org.glia.model.GliaPackage.Literals.METRICS__ACCURACY;
import static org.glia.model.GliaPackage.Literals.METRICS__ACCURACY_SD;
import static org.glia.model.GliaPackage.Literals.METRICS__AUC;
import static org.glia.model.GliaPackage.Literals.METRICS__AUC_SD;
import static org.glia.model.GliaPackage.Literals.METRICS__BALANCED_ACCURACY;
import static org.glia.model.GliaPackage.Literals.METRICS__BALANCED_ACCURACY_SD;
import static org.glia.model.GliaPackage.Literals.METRICS__CONFUSION;
import static org.glia.model.GliaPackage.Literals.METRICS__FOLDS;
import static org.glia.model.GliaPackage.Literals.METRICS__FOLD_METRICS;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.glia.model.FoldMetrics;
import org.glia.model.Metrics;

/** The EMF implementation of {@link Metrics}. */
public class MetricsImpl extends GliaObject implements Metrics {

    @Override
    protected EClass eStaticClass() {
        return METRICS;
    }

    @Override
    public int getFolds() {
        return getInt(METRICS__FOLDS);
    }

    @Override
    public void setFolds(int value) {
        set(METRICS__FOLDS, value);
    }

    @Override
    public double getAccuracy() {
        return getDouble(METRICS__ACCURACY);
    }

    @Override
    public void setAccuracy(double value) {
        set(METRICS__ACCURACY, value);
    }

    @Override
    public double getAccuracySd() {
        return getDouble(METRICS__ACCURACY_SD);
    }

    @Override
    public void setAccuracySd(double value) {
        set(METRICS__ACCURACY_SD, value);
    }

    @Override
    public double getBalancedAccuracy() {
        return getDouble(METRICS__BALANCED_ACCURACY);
    }

    @Override
    public void setBalancedAccuracy(double value) {
        set(METRICS__BALANCED_ACCURACY, value);
    }

    @Override
    public double getBalancedAccuracySd() {
        return getDouble(METRICS__BALANCED_ACCURACY_SD);
    }

    @Override
    public void setBalancedAccuracySd(double value) {
        set(METRICS__BALANCED_ACCURACY_SD, value);
    }

    @Override
    public double getAuc() {
        return getDouble(METRICS__AUC);
    }

    @Override
    public void setAuc(double value) {
        set(METRICS__AUC, value);
    }

    @Override
    public double getAucSd() {
        return getDouble(METRICS__AUC_SD);
    }

    @Override
    public void setAucSd(double value) {
        set(METRICS__AUC_SD, value);
    }

    @Override
    public EList<Integer> getConfusion() {
        return list(METRICS__CONFUSION);
    }

    @Override
    public EList<FoldMetrics> getFoldMetrics() {
        return list(METRICS__FOLD_METRICS);
    }
}
