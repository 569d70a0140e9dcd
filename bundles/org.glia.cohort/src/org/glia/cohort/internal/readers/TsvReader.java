package org.glia.cohort.internal.readers;

/**
 * Reads tab separated matrices; a file without any tab is split on runs of blanks instead, as MATLAB's
 * {@code save -ascii} and NumPy's {@code savetxt} write them.
 */
public final class TsvReader extends DelimitedReader {

    /** The TSV reader. */
    public TsvReader() {
        super('\t');
    }
}
