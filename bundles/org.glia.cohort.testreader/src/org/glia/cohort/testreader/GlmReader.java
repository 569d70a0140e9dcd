package org.glia.cohort.testreader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.glia.cohort.ConnectomeReader;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.core.io.DataException;

/**
 * Reads the made-up ".glm" test format: a first line {@value #MAGIC}, then one matrix row per line, values
 * separated by blanks. Exists only to prove that a separate bundle can contribute a matrix reader.
 */
public final class GlmReader implements ConnectomeReader {

    /** The first line of every .glm file. */
    public static final String MAGIC = "GLM-MATRIX 1";

    @Override
    public NumericArray read(MatrixSource source) throws DataException {
        List<String> lines = new String(source.readAllBytes(), StandardCharsets.US_ASCII).lines()
                .filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(MAGIC)) {
            throw source.problem("line 1", "not a .glm file: the first line must be '" + MAGIC + "'");
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).strip().split("\\s+");
            double[] row = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    row[j] = Double.parseDouble(cells[j]);
                } catch (NumberFormatException e) {
                    throw source.problem("line " + (i + 1) + ", value " + (j + 1), "not a number: '" + cells[j] + "'");
                }
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw source.problem("line " + (i + 1), row.length + " values, expected " + rows.get(0).length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw source.problem("no matrix rows after the first line");
        }
        int c = rows.get(0).length;
        double[] values = new double[rows.size() * c];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * c, c);
        }
        return NumericArray.ofRows(rows.size(), c, values);
    }
}
