package org.glia.ui.cohort.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

/** Sorts a table by the column whose header is clicked; clicking the same header again reverses the order. */
final class ColumnSorter<T> extends ViewerComparator {

    private final TableViewer viewer;
    private final Class<T> type;
    private final List<TableViewerColumn> columns = new ArrayList<>();
    private final List<Comparator<T>> comparators = new ArrayList<>();
    private int column = -1;
    private boolean descending;

    ColumnSorter(TableViewer viewer, Class<T> type) {
        this.viewer = viewer;
        this.type = type;
        viewer.setComparator(this);
    }

    /** Makes a column sortable by {@code comparator}. */
    void add(TableViewerColumn c, Comparator<T> comparator) {
        int index = comparators.size();
        columns.add(c);
        comparators.add(comparator);
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index, index == column && !descending));
    }

    /** Sorts by the column at {@code index} (in the order added); -1 for the rows' own order. */
    void sortBy(int index, boolean down) {
        column = index;
        descending = down;
        viewer.getTable().setSortColumn(index < 0 ? null : columns.get(index).getColumn());
        viewer.getTable().setSortDirection(index < 0 ? SWT.NONE : down ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** The column sorted by, -1 for none. */
    int column() {
        return column;
    }

    /** Whether the order is descending. */
    boolean descending() {
        return descending;
    }

    @Override
    public int compare(Viewer v, Object a, Object b) {
        if (column < 0 || !type.isInstance(a) || !type.isInstance(b)) {
            return 0;
        }
        int c = comparators.get(column).compare(type.cast(a), type.cast(b));
        return descending ? -c : c;
    }

    /** Numbers in ascending order; NaN (no value) counts as the largest. */
    static <T> Comparator<T> numbers(java.util.function.ToDoubleFunction<T> key) {
        return (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
    }
}
