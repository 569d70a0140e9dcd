package org.glia.cohort.internal.readers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.glia.cohort.ConnectomeReader;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/**
 * Reads a delimited text matrix (CSV or TSV), with or without a header row and a label column as decided
 * by {@link HeaderDetection}. Blank lines are skipped; every bad cell and ragged line is reported.
 */
public abstract class DelimitedReader implements ConnectomeReader {

    private final char delimiter;

    DelimitedReader(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public NumericArray read(MatrixSource source) throws DataException {
        String text = decode(source.readAllBytes());
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        boolean blankSplit = delimiter == '\t' && text.indexOf('\t') < 0;
        int lineNo = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNo++;
            if (!line.isBlank()) {
                rows.add(blankSplit ? line.strip().split("\\s+") : split(line));
                lineNumbers.add(lineNo);
            }
        }
        if (rows.isEmpty()) {
            throw source.problem("empty file: no numbers");
        }
        HeaderDetection.Result layout = HeaderDetection.detect(rows, source.expectedRegions());
        int first = layout.headerRow() ? 1 : 0;
        int skip = layout.labelColumn() ? 1 : 0;
        int width = rows.get(0).length;
        DataProblems problems = new DataProblems();
        int dataRows = rows.size() - first;
        int dataCols = width - skip;
        if (dataRows == 0 || dataCols <= 0) {
            throw source.problem("no numbers below the header / beside the label column");
        }
        double[] values = new double[dataRows * dataCols];
        for (int i = first; i < rows.size() && !problems.isFull(); i++) {
            String[] cells = rows.get(i);
            String where = "line " + lineNumbers.get(i);
            if (cells.length != width) {
                problems.add(source.file(), where, cells.length + " fields, expected " + width + " as on line "
                        + lineNumbers.get(0));
                continue;
            }
            for (int j = skip; j < width; j++) {
                String cell = NumberCells.unquote(cells[j]);
                if (cell.isEmpty()) {
                    problems.add(source.file(), where + ", field " + (j + 1), "empty cell");
                } else if (!NumberCells.isNumber(cell)) {
                    problems.add(source.file(), where + ", field " + (j + 1),
                            "not a number: '" + abbreviate(cell) + "'");
                } else {
                    values[(i - first) * dataCols + j - skip] = NumberCells.parse(cell);
                }
            }
        }
        problems.throwIfAny("Matrix file " + source.file() + " refused");
        return NumericArray.ofRows(dataRows, dataCols, values);
    }

    /** Splits on the delimiter outside double quotes. */
    private String[] split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char ch = line.charAt(k);
            if (ch == '"') {
                quoted = !quoted;
                cell.append(ch);
            } else if (ch == delimiter && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** UTF-8, falling back to Latin-1 (older spreadsheet exports); a BOM is dropped. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
