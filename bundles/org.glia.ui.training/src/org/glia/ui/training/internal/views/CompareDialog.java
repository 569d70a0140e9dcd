package org.glia.ui.training.internal.views;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.versions.ComparisonRows;
import org.glia.ui.training.internal.versions.VersionComparison;

/**
 * Two versions side by side, in a modeless window so the user can keep working: layer sizes, nodes added and
 * removed and weight change per layer, the metrics of both with their difference, and the edits between them.
 */
public final class CompareDialog extends Dialog {

    private final VersionComparison comparison;
    private Table table;
    private Text edits;

    CompareDialog(Shell parent, VersionComparison comparison) {
        super(parent);
        this.comparison = comparison;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.compareTitle, comparison.a().getId(), comparison.b().getId()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 260).applyTo(table);
        String[] titles = {"", comparison.a().getId(), comparison.b().getId(), Messages.columnChange};
        int[] widths = {150, 130, 130, 340};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, i == 0 ? SWT.LEFT : i == 3 ? SWT.LEFT : SWT.RIGHT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        for (String[] row : ComparisonRows.rows(comparison)) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        new Label(area, SWT.NONE).setText(Messages.compareEdits);
        edits = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        edits.setText(ComparisonRows.edits(comparison));
        GridDataFactory.fillDefaults().grab(true, false).hint(760, 110).applyTo(edits);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The comparison shown. */
    public VersionComparison comparison() {
        return comparison;
    }

    /** The table's rows as text (tests read them). */
    public List<String[]> rows() {
        return Arrays.stream(table.getItems()).map(item -> {
            String[] cells = new String[table.getColumnCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = item.getText(i);
            }
            return cells;
        }).toList();
    }

    /** The edits text. */
    public String editsText() {
        return edits.getText();
    }
}
