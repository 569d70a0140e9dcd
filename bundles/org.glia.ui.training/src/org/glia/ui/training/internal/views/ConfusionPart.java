package org.glia.ui.training.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.live.ConfusionMatrix;

/**
 * The confusion matrix: one row per true class, one column per predicted class, row totals, and a caption saying
 * what was counted and how many were right.
 */
final class ConfusionPart {

    private final Composite body;
    private final Label caption;
    private final Table table;

    ConfusionPart(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        caption = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(caption);
        table = new Table(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        show(null);
    }

    /** The composite holding caption and table. */
    Composite control() {
        return body;
    }

    /** The table widget (tests read its items). */
    Table table() {
        return table;
    }

    /** The caption text. */
    String caption() {
        return caption.getText();
    }

    /** Shows {@code m}, or says there is none yet. */
    void show(ConfusionMatrix m) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            if (m == null) {
                caption.setText(Messages.confusionNone);
                return;
            }
            caption.setText(NLS.bind(Messages.confusionCaption, new Object[] {m.source(), m.correct(), m.total()}));
            column(Messages.confusionCorner, SWT.LEFT, 60);
            for (String c : m.classes()) {
                column(c, SWT.RIGHT, 50);
            }
            column(Messages.confusionTotal, SWT.RIGHT, 50);
            for (int i = 0; i < m.size(); i++) {
                String[] cells = new String[m.size() + 2];
                cells[0] = m.classes().get(i);
                for (int j = 0; j < m.size(); j++) {
                    cells[j + 1] = Integer.toString(m.counts()[i][j]);
                }
                cells[m.size() + 1] = Integer.toString(m.rowTotal(i));
                new TableItem(table, SWT.NONE).setText(cells);
            }
            ColumnFit.fit(table);
        } finally {
            table.setRedraw(true);
            body.layout(true);
        }
    }

    private void column(String text, int style, int width) {
        TableColumn c = new TableColumn(table, style);
        c.setText(text);
        c.setWidth(width);
    }
}
