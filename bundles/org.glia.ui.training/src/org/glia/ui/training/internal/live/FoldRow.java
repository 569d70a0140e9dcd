package org.glia.ui.training.internal.live;

import org.glia.model.FoldMetrics;
import org.glia.train.eval.FoldResult;

/**
 * The test values of one cross-validation fold, from a live run or from a recorded version.
 *
 * @param fold             the fold number, from 0
 * @param accuracy         test accuracy
 * @param balancedAccuracy test balanced accuracy
 * @param auc              test AUC, NaN when undefined
 * @param epochs           epochs trained
 * @param testSize         test subjects
 */
public record FoldRow(int fold, double accuracy, double balancedAccuracy, double auc, int epochs, int testSize) {

    /** The row of a finished fold of a live run. */
    public static FoldRow of(FoldResult r) {
        return new FoldRow(r.fold(), r.accuracy(), r.balancedAccuracy(), r.auc(), r.epochs(), r.test().length);
    }

    /** The row of a fold recorded with a version. */
    public static FoldRow of(FoldMetrics m) {
        return new FoldRow(m.getFold(), m.getAccuracy(), m.getBalancedAccuracy(), m.getAuc(), m.getEpochs(),
                m.getTestSize());
    }
}
