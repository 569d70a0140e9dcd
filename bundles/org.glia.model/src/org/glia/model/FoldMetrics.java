package org.glia.model;

import org.eclipse.emf.ecore.EObject;

/** The test values of one cross-validation fold. */
public interface FoldMetrics extends EObject {

    /** The fold number, from 0. */
    int getFold();

    /** Sets {@link #getFold()}. */
    void setFold(int value);

    /** Number of test subjects in the fold. */
    int getTestSize();

    /** Sets {@link #getTestSize()}. */
    void setTestSize(int value);

    /** Epochs actually trained (fewer than asked after early stopping). */
    int getEpochs();

    /** Sets {@link #getEpochs()}. */
    void setEpochs(int value);

    /** Test accuracy. */
    double getAccuracy();

    /** Sets {@link #getAccuracy()}. */
    void setAccuracy(double value);

    /** Test balanced accuracy. */
    double getBalancedAccuracy();

    /** Sets {@link #getBalancedAccuracy()}. */
    void setBalancedAccuracy(double value);

    /** Test AUC; NaN when undefined. */
    double getAuc();

    /** Sets {@link #getAuc()}. */
    void setAuc(double value);
}
