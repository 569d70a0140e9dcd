package org.glia.ui.cohort.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The regions to choose a distribution from, with how strongly the classes differ there (ANOVA F); sorted by F,
 * largest first, so the regions that separate the classes come first. Sortable by name, index or F.
 */
final class RegionsTable {

    /** One line: a region by matrix row, with its F. */
    record Line(int row, String name, double f) {
    }

    private final TableViewer viewer;
    private final ColumnSorter<Line> sorter;
    private List<Line> lines = List.of();

    /** Creates the table; {@code chosen} hears the matrix row of every region the user selects. */
    RegionsTable(Composite parent, IntConsumer chosen) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        sorter = new ColumnSorter<>(viewer, Line.class);
        column(Messages.columnIndex, 40, l -> Integer.toString(l.row() + 1), Comparator.comparingInt(Line::row));
        column(Messages.columnRegionName, 150, Line::name, Comparator.comparing(Line::name));
        column(Messages.columnF, 70, l -> Format.number(l.f()), ColumnSorter.numbers(Line::f));
        viewer.getTable().getColumn(2).setToolTipText(Messages.columnFTip);
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Line l) {
                chosen.accept(l.row());
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<Line, String> text, Comparator<Line> order) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> o instanceof Line l ? text.apply(l) : ""));
        sorter.add(c, order);
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Lists the regions of {@code d} (null: none), largest F first. */
    void show(FeatureDistributions d) {
        List<Line> list = new ArrayList<>();
        if (d != null) {
            for (int r = 0; r < d.regions().size(); r++) {
                list.add(new Line(r, d.regions().get(r), d.f(r)));
            }
        }
        lines = List.copyOf(list);
        viewer.setInput(lines);
        sorter.sortBy(2, true);
    }

    /** Selects the region at matrix row {@code row}, as the user would (the listener hears it). */
    void select(int row) {
        for (Line l : lines) {
            if (l.row() == row) {
                viewer.setSelection(new StructuredSelection(l), true);
                return;
            }
        }
    }

    /** The region names in the order shown. */
    List<String> shownNames() {
        return java.util.Arrays.stream(viewer.getTable().getItems()).map(i -> ((Line) i.getData()).name()).toList();
    }

    /** The first region in the order shown (the largest F), or -1. */
    int first() {
        return viewer.getTable().getItemCount() == 0 ? -1 : ((Line) viewer.getElementAt(0)).row();
    }
}
