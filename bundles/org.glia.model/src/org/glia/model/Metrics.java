package org.glia.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * How well a {@link ModelVersion} classifies: means and standard deviations over cross-validation folds (or the
 * training-set values when {@link #getFolds()} is 0); NaN where a value is undefined.
 */
public interface Metrics extends EObject {

    /** The number of folds; 0 when the values were measured on the training set. */
    int getFolds();

    /** Sets {@link #getFolds()}. */
    void setFolds(int value);

    /** Mean accuracy. */
    double getAccuracy();

    /** Sets {@link #getAccuracy()}. */
    void setAccuracy(double value);

    /** Standard deviation of the accuracy over folds. */
    double getAccuracySd();

    /** Sets {@link #getAccuracySd()}. */
    void setAccuracySd(double value);

    /** Mean balanced accuracy (mean recall over classes). */
    double getBalancedAccuracy();

    /** Sets {@link #getBalancedAccuracy()}. */
    void setBalancedAccuracy(double value);

    /** Standard deviation of the balanced accuracy over folds. */
    double getBalancedAccuracySd();

    /** Sets {@link #getBalancedAccuracySd()}. */
    void setBalancedAccuracySd(double value);

    /** Mean area under the ROC curve. */
    double getAuc();

    /** Sets {@link #getAuc()}. */
    void setAuc(double value);

    /** Standard deviation of the AUC over folds. */
    double getAucSd();

    /** Sets {@link #getAucSd()}. */
    void setAucSd(double value);

    /** The confusion matrix summed over folds, row-major, rows = true class, columns = predicted class. */
    EList<Integer> getConfusion();

    /** The values of each fold. */
    EList<FoldMetrics> getFoldMetrics();
}
