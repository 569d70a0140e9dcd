package org.glia.ui.regions.internal.heatmap;

import java.io.IOException;
import java.io.Writer;

import org.glia.ui.regions.internal.Csv;

/**
 * A heatmap as CSV, in the order it is displayed: a header {@code region_index,region,} and the column names,
 * then one line per region with its values at full precision (empty where there is none).
 */
public final class HeatmapCsv {

    private HeatmapCsv() {
    }

    /** Writes the heatmap. */
    public static void write(HeatmapData data, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("region_index,region");
        for (int c = 0; c < data.columns(); c++) {
            line.append(',').append(Csv.text(data.columnName(c)));
        }
        out.write(line.append('\n').toString());
        for (int r = 0; r < data.rows(); r++) {
            line.setLength(0);
            line.append(data.rowIndex(r)).append(',').append(Csv.text(data.rowName(r)));
            for (int c = 0; c < data.columns(); c++) {
                line.append(',').append(Csv.number(data.value(r, c)));
            }
            out.write(line.append('\n').toString());
        }
    }
}
