package org.glia.ui.regions.internal.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.glia.ui.RegionSelection;
import org.glia.ui.regions.internal.Csv;

/**
 * The region table as CSV: {@value #HEADER}, one line per region in the order given; the value is the map's
 * value exactly (empty, with rank 0, for a region without one).
 */
public final class RegionsCsv {

    /** The header line. */
    public static final String HEADER = "rank,region_index,region,value";

    private RegionsCsv() {
    }

    /** Writes the rows. */
    public static void write(List<RegionSelection> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (RegionSelection r : rows) {
            out.write(r.rank() + "," + r.index() + "," + Csv.text(r.name()) + "," + Csv.number(r.value()) + "\n");
        }
    }
}
