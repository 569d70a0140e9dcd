package org.glia.ui.controls.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.glia.ui.controls.SubjectRow;

/** The subject picker: a table of the cohort's subjects with diagnosis, prediction and probability. */
final class SubjectTable {

    private final TableViewer viewer;
    private List<SubjectRow> rows = List.of();

    SubjectTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.columnSubject, 90, r -> r.id(), true);
        column(Messages.columnDiagnosis, 90, r -> r.diagnosis(), false);
        column(Messages.columnPrediction, 90, r -> r.prediction() == null ? Messages.noPrediction : r.prediction(), false);
        column(Messages.columnProbability, 80, r -> ControlsView.percent(r.probability()), false);
    }

    private void column(String title, int width, java.util.function.Function<SubjectRow, String> text,
            boolean first) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof SubjectRow r) {
                    return text.apply(r);
                }
                return first ? String.valueOf(element) : "";
            }

            @Override
            public org.eclipse.swt.graphics.Color getForeground(Object element) {
                // a misclassified subject stands out: the interesting ones to explain
                return element instanceof SubjectRow r && r.prediction() != null && !r.correct()
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Lists these rows. */
    void show(List<SubjectRow> newRows) {
        rows = List.copyOf(newRows);
        viewer.setInput(rows);
        viewer.getTable().setToolTipText(null);
    }

    /** Shows a sentence instead of rows (no model, loading, or why the subjects cannot be listed). */
    void showMessage(String text) {
        rows = List.of();
        viewer.setInput(List.of(text));
        viewer.getTable().setToolTipText(text);
    }

    List<SubjectRow> rows() {
        return rows;
    }

    SubjectRow selection() {
        return viewer.getStructuredSelection().getFirstElement() instanceof SubjectRow r ? r : null;
    }

    boolean select(String id) {
        for (SubjectRow r : rows) {
            if (r.id().equals(id)) {
                viewer.setSelection(new StructuredSelection(r), true);
                return true;
            }
        }
        return false;
    }
}
