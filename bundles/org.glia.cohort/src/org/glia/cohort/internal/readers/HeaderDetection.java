package org.glia.cohort.internal.readers;

import java.util.List;

/**
 * Decides whether a text matrix has a header row and/or a first column of region labels.
 * <p>
 * The rule, in this order:
 * <ol>
 * <li>A header row exists when a cell of the first row other than the first is not a number; a label
 * column exists when a cell of the first column other than the first is not a number.</li>
 * <li>When neither holds but the top-left cell is blank or text (e.g. {@code ,1,2,3} or
 * {@code id,1,2,3} over rows {@code 1,0.2,...}), both exist: numeric region names in both.</li>
 * <li>What is still undecided is settled by the shape of the remaining numbers: with a known region
 * count N, an extra row (N+1 rows) is a header and an extra column (N+1 columns) is the label column;
 * without N, one more row than columns means a header and one more column than rows a label column.</li>
 * </ol>
 * A purely numeric header over a square matrix is therefore found from the shape, and a square file of
 * numbers is always read as data.
 */
public final class HeaderDetection {

    /**
     * The outcome.
     *
     * @param headerRow   the first row holds column names
     * @param labelColumn the first column holds row names
     */
    public record Result(boolean headerRow, boolean labelColumn) {
    }

    private HeaderDetection() {
    }

    /** Detects header and label column in {@code rows} (cells as split, at least one row). */
    public static Result detect(List<String[]> rows, int expectedRegions) {
        int r = rows.size();
        int c = rows.get(0).length;
        boolean header = false;
        for (int j = 1; j < c && !header; j++) {
            header = !NumberCells.isNumber(rows.get(0)[j]);
        }
        boolean label = false;
        for (int i = 1; i < r && !label; i++) {
            label = rows.get(i).length > 0 && !NumberCells.isNumber(rows.get(i)[0]);
        }
        boolean corner = c > 0 && !NumberCells.isNumber(rows.get(0)[0]);
        if (corner && !header && !label) {
            return new Result(true, true);
        }
        int dataRows = header ? r - 1 : r;
        int dataCols = label ? c - 1 : c;
        boolean byShapeHeader;
        boolean byShapeLabel;
        if (expectedRegions > 0) {
            byShapeHeader = dataRows == expectedRegions + 1;
            byShapeLabel = dataCols == expectedRegions + 1;
        } else {
            byShapeHeader = dataRows == dataCols + 1;
            byShapeLabel = dataCols == dataRows + 1;
        }
        return new Result(header || byShapeHeader, label || byShapeLabel);
    }
}
