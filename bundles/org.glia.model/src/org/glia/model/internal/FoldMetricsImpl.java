package org.glia.model.internal;

import static org.glia.model.GliaPackage.Literals.FOLD_METRICS;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__ACCURACY;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__AUC;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__BALANCED_ACCURACY;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__EPOCHS;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__FOLD;
import static org.glia.model.GliaPackage.Literals.FOLD_METRICS__TEST_SIZE;

import org.eclipse.emf.ecore.EClass;
import org.glia.model.FoldMetrics;

/** The EMF implementation of {@link FoldMetrics}. */
public class FoldMetricsImpl extends GliaObject implements FoldMetrics {

    @Override
    protected EClass eStaticClass() {
        return FOLD_METRICS;
    }

    @Override
    public int getFold() {
        return getInt(FOLD_METRICS__FOLD);
    }

    @Override
    public void setFold(int value) {
        set(FOLD_METRICS__FOLD, value);
    }

    @Override
    public int getTestSize() {
        return getInt(FOLD_METRICS__TEST_SIZE);
    }

    @Override
    public void setTestSize(int value) {
        set(FOLD_METRICS__TEST_SIZE, value);
    }

    @Override
    public int getEpochs() {
        return getInt(FOLD_METRICS__EPOCHS);
    }

    @Override
    public void setEpochs(int value) {
        set(FOLD_METRICS__EPOCHS, value);
    }

    @Override
    public double getAccuracy() {
        return getDouble(FOLD_METRICS__ACCURACY);
    }

    @Override
    public void setAccuracy(double value) {
        set(FOLD_METRICS__ACCURACY, value);
    }

    @Override
    public double getBalancedAccuracy() {
        return getDouble(FOLD_METRICS__BALANCED_ACCURACY);
    }

    @Override
    public void setBalancedAccuracy(double value) {
        set(FOLD_METRICS__BALANCED_ACCURACY, value);
    }

    @Override
    public double getAuc() {
        return getDouble(FOLD_METRICS__AUC);
    }

    @Override
    public void setAuc(double value) {
        set(FOLD_METRICS__AUC, value);
    }
}
