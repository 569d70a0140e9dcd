package org.glia.render.internal.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into fields: commas separate, double quotes enclose fields and "" is a quote. */
final class CsvLine {

    private CsvLine() {
    }

    /**
     * The fields of a line, trimmed outside quotes.
     *
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else if (!wasQuoted) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return fields;
    }
}
