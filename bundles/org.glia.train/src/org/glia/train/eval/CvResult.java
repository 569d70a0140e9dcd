package org.glia.train.eval;

import java.util.List;

/**
 * The outcome of a stratified k-fold cross-validation: every fold and the summaries over folds.
 *
 * @param folds   the folds, in order
 * @param classes the number of classes
 */
public record CvResult(List<FoldResult> folds, int classes) {

    /** Copies the list. */
    public CvResult {
        folds = List.copyOf(folds);
    }

    /** Accuracy over folds. */
    public Stat accuracy() {
        return Stat.of(folds.stream().mapToDouble(FoldResult::accuracy).toArray());
    }

    /** Balanced accuracy over folds. */
    public Stat balancedAccuracy() {
        return Stat.of(folds.stream().mapToDouble(FoldResult::balancedAccuracy).toArray());
    }

    /** AUC over the folds where it is defined. */
    public Stat auc() {
        return Stat.of(folds.stream().mapToDouble(FoldResult::auc).toArray());
    }

    /** The confusion matrices of all folds summed: every subject counted once, as a test subject. */
    public int[][] confusion() {
        int[][] sum = new int[classes][classes];
        for (FoldResult f : folds) {
            for (int i = 0; i < classes; i++) {
                for (int j = 0; j < classes; j++) {
                    sum[i][j] += f.confusion()[i][j];
                }
            }
        }
        return sum;
    }
}
