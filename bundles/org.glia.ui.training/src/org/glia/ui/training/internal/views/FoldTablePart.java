package org.glia.ui.training.internal.views;

import java.util.Locale;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.live.FoldRow;
import org.glia.ui.training.internal.live.FoldTable;

/** The table of a run's cross-validation folds (accuracy, balanced accuracy, AUC, epochs) with a mean ± sd row. */
final class FoldTablePart {

    private final Table table;

    FoldTablePart(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {Messages.columnFold, Messages.metricAccuracy, Messages.metricBalanced, Messages.metricAuc,
                Messages.columnEpochs, Messages.columnTestSize};
        int[] widths = {45, 70, 70, 70, 50, 40};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
    }

    /** The table widget (tests read its items). */
    Table table() {
        return table;
    }

    /** Shows the folds; the last row holds the means ± standard deviations. */
    void show(FoldTable folds) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (FoldRow r : folds.rows()) {
                new TableItem(table, SWT.NONE).setText(new String[] {Integer.toString(r.fold() + 1),
                        Format.number(r.accuracy()), Format.number(r.balancedAccuracy()), Format.number(r.auc()),
                        Integer.toString(r.epochs()), Integer.toString(r.testSize())});
            }
            if (!folds.isEmpty()) {
                TableItem mean = new TableItem(table, SWT.NONE);
                mean.setText(new String[] {Messages.rowMeanSd, Format.meanSd(folds.accuracy()),
                        Format.meanSd(folds.balancedAccuracy()), Format.meanSd(folds.auc()),
                        String.format(Locale.ROOT, "%.1f", folds.epochs().mean()), ""});
                mean.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            }
            ColumnFit.fit(table);
        } finally {
            table.setRedraw(true);
        }
    }
}
