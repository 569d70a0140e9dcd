package org.glia.ui.training.internal.live;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.glia.train.eval.Stat;

/**
 * The fold results of a run in fold order with their means and standard deviations (NaN values left out, as the
 * recorded metrics do).
 *
 * @param rows the folds, in fold order
 */
public record FoldTable(List<FoldRow> rows) {

    /** An empty table. */
    public static final FoldTable EMPTY = new FoldTable(List.of());

    /** Sorts and copies the rows. */
    public FoldTable {
        rows = rows.stream().sorted(Comparator.comparingInt(FoldRow::fold)).toList();
    }

    /** Accuracy over folds. */
    public Stat accuracy() {
        return stat(FoldRow::accuracy);
    }

    /** Balanced accuracy over folds. */
    public Stat balancedAccuracy() {
        return stat(FoldRow::balancedAccuracy);
    }

    /** AUC over the folds where it is defined. */
    public Stat auc() {
        return stat(FoldRow::auc);
    }

    /** Epochs trained over folds. */
    public Stat epochs() {
        return stat(FoldRow::epochs);
    }

    /** True without folds. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private Stat stat(ToDoubleFunction<FoldRow> value) {
        return Stat.of(rows.stream().mapToDouble(value).toArray());
    }
}
