package org.glia.ui.regions.internal.heatmap;

import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The order rows and columns of a heatmap are shown in: each array lists the original indices in display order.
 *
 * @param rows    original row of each displayed row
 * @param columns original column of each displayed column
 */
public record HeatmapOrder(int[] rows, int[] columns) {

    /** Copies the arrays. */
    public HeatmapOrder {
        rows = rows.clone();
        columns = columns.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public int[] columns() {
        return columns.clone();
    }

    /** The order the data comes in (network input order, node order). */
    public static HeatmapOrder natural(HeatmapData data) {
        return new HeatmapOrder(IntStream.range(0, data.rows()).toArray(), IntStream.range(0, data.columns()).toArray());
    }

    /**
     * Similar rows next to each other and similar columns next to each other: the leaf orders of the
     * {@link Clustering} of the rows and of the columns.
     */
    public static HeatmapOrder clustered(HeatmapData data, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        int[] r = Clustering.order(data.values(), progress.split(1));
        double[][] byColumn = new double[data.columns()][];
        for (int c = 0; c < byColumn.length; c++) {
            byColumn[c] = data.column(c);
        }
        int[] c = Clustering.order(byColumn, progress.split(1));
        return new HeatmapOrder(r, c);
    }
}
