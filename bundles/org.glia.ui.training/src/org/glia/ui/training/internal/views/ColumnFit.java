package org.glia.ui.training.internal.views;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Widens table and tree columns to their texts, measured in each cell's own font (bold rows included, which the
 * platform's pack does not always count); columns never get narrower, so a user's wider column stays.
 */
final class ColumnFit {

    /** Room around a table cell's text. */
    private static final int TABLE_PADDING = 16;
    /** Room around a tree cell's text (GTK's tree cells take more). */
    private static final int TREE_PADDING = 26;
    private static final int TREE_INDENT = 22;

    private ColumnFit() {
    }

    /** Widens the columns of {@code table} to their headers and cells. */
    static void fit(Table table) {
        TableColumn[] columns = table.getColumns();
        GC gc = new GC(table);
        try {
            for (int c = 0; c < columns.length; c++) {
                int w = text(gc, table.getFont(), columns[c].getText(), TABLE_PADDING);
                for (TableItem item : table.getItems()) {
                    w = Math.max(w, text(gc, item.getFont(c), item.getText(c), TABLE_PADDING));
                }
                if (w > columns[c].getWidth()) {
                    columns[c].setWidth(w);
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /** Widens the columns of {@code tree} to their headers and cells (the first column counting the indent). */
    static void fit(Tree tree) {
        TreeColumn[] columns = tree.getColumns();
        int[] widths = new int[columns.length];
        GC gc = new GC(tree);
        try {
            for (int c = 0; c < columns.length; c++) {
                widths[c] = text(gc, tree.getFont(), columns[c].getText(), TREE_PADDING);
            }
            for (TreeItem item : tree.getItems()) {
                measure(gc, item, 1, widths);
            }
        } finally {
            gc.dispose();
        }
        for (int c = 0; c < columns.length; c++) {
            if (widths[c] > columns[c].getWidth()) {
                columns[c].setWidth(widths[c]);
            }
        }
    }

    private static void measure(GC gc, TreeItem item, int depth, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            int w = text(gc, item.getFont(c), item.getText(c), TREE_PADDING) + (c == 0 ? depth * TREE_INDENT : 0);
            widths[c] = Math.max(widths[c], w);
        }
        for (TreeItem child : item.getItems()) {
            measure(gc, child, depth + 1, widths);
        }
    }

    private static int text(GC gc, Font font, String text, int padding) {
        gc.setFont(font);
        return gc.textExtent(text == null ? "" : text).x + padding;
    }
}
