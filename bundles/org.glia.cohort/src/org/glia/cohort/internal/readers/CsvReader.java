package org.glia.cohort.internal.readers;

/** Reads comma separated matrices; double quotes around a cell are allowed. */
public final class CsvReader extends DelimitedReader {

    /** The CSV reader. */
    public CsvReader() {
        super(',');
    }
}
