package org.glia.ui.cohort.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/** The numbers under the distribution plot: per class n, mean, standard deviation and median. */
final class StatsTable {

    private final TableViewer viewer;
    private List<ClassStats> stats = List.of();

    StatsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = column(Messages.columnClass, 80, ClassStats::name);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ClassStats) element).name();
            }

            @Override
            public Color getForeground(Object element) {
                int rgb = ClassColours.of(stats.indexOf(element));
                return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
            }
        });
        column(Messages.columnN, 50, s -> Integer.toString(s.n()));
        column(Messages.columnMean, 80, s -> Format.number(s.mean()));
        column(Messages.columnSd, 80, s -> Format.number(s.sd()));
        column(Messages.columnMedian, 80, s -> Format.number(s.median()));
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<ClassStats, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.RIGHT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((ClassStats) o)));
        return c;
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows these classes' numbers, in class order (their colours follow the order). */
    void show(List<ClassStats> newStats) {
        stats = List.copyOf(newStats);
        viewer.setInput(stats);
    }

    /** The numbers shown. */
    List<ClassStats> shown() {
        return stats;
    }
}
