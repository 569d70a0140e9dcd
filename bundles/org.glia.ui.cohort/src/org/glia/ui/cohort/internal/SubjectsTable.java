package org.glia.ui.cohort.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The cohort's subjects: id, diagnosis (in its class colour), mean degree, the shown feature at the chosen region,
 * and the model's prediction and probability; sortable by every column.
 */
final class SubjectsTable {

    /** The column showing the chosen region's value (its header names the region). */
    private static final int REGION_COLUMN = 3;

    private final TableViewer viewer;
    private final ColumnSorter<CohortRow> sorter;
    private CohortContents contents;
    private int region = -1;

    SubjectsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        sorter = new ColumnSorter<>(viewer, CohortRow.class);
        column(Messages.columnSubject, 90, CohortRow::id, Comparator.comparing(CohortRow::id));
        TableViewerColumn diagnosis = column(Messages.columnDiagnosis, 80, CohortRow::diagnosis,
                Comparator.comparing(CohortRow::diagnosis));
        diagnosis.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CohortRow r ? r.diagnosis() : "";
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof CohortRow r && contents != null) {
                    int c = contents.distributions().classes().indexOf(r.diagnosis());
                    int rgb = ClassColours.of(c);
                    return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
                }
                return null;
            }
        });
        column(Messages.columnMeanDegree, 100, r -> Format.number(r.meanDegree()),
                ColumnSorter.numbers(CohortRow::meanDegree));
        column(Messages.columnRegion, 110, r -> Format.number(regionValue(r)), ColumnSorter.numbers(this::regionValue));
        column(Messages.columnPrediction, 90,
                r -> r.predicted().prediction() == null ? Messages.none : r.predicted().prediction(),
                Comparator.comparing(r -> r.predicted().prediction() == null ? "" : r.predicted().prediction()));
        column(Messages.columnProbability, 80, r -> Format.number(r.predicted().probability()),
                ColumnSorter.numbers(r -> r.predicted().probability()));
    }

    private TableViewerColumn column(String title, int width, Function<CohortRow, String> text,
            Comparator<CohortRow> order) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> o instanceof CohortRow r ? text.apply(r) : ""));
        sorter.add(c, order);
        return c;
    }

    private double regionValue(CohortRow r) {
        return contents == null || region < 0 ? Double.NaN : contents.distributions().value(r.index(), region);
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Lists the rows of {@code c} (null: none). */
    void show(CohortContents c) {
        contents = c;
        region = -1;
        viewer.setInput(c == null ? List.of() : c.rows());
    }

    /** Shows the values at a region in the region column (-1: none). */
    void showRegion(int r) {
        region = r;
        viewer.getTable().getColumn(REGION_COLUMN).setText(contents == null || r < 0 ? Messages.columnRegion
                : contents.distributions().regions().get(r));
        viewer.refresh();
    }

    /** Sorts by a column (0 subject .. 5 probability; -1 cohort order). */
    void sortBy(int column, boolean descending) {
        sorter.sortBy(column, descending);
    }

    /** The rows in the order shown. */
    List<CohortRow> shownRows() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(TableItem::getData)
                .filter(CohortRow.class::isInstance).map(CohortRow.class::cast).toList();
    }

    /** Selects a subject's row, as the user would (the selection is published); false when it is not listed. */
    boolean select(String id) {
        if (contents == null) {
            return false;
        }
        for (CohortRow r : contents.rows()) {
            if (r.id().equals(id)) {
                viewer.setSelection(new StructuredSelection(r), true);
                return true;
            }
        }
        return false;
    }
}
