package org.glia.cohort;

import org.glia.core.io.DataProblems;

/**
 * Choices for {@link CohortLoader#load}.
 *
 * @param symmetrise   replace each asymmetric matrix by (A + A<sup>T</sup>)/2 instead of refusing it; the
 *                     cohort then carries a warning saying so
 * @param problemLimit how many problems the error report keeps (the rest are counted)
 * @param maxBytes     the largest matrix file accepted, in bytes after decompression
 * @param readers      the matrix readers, or {@code null} for {@link ConnectomeReaders#installed()}
 */
public record LoadOptions(boolean symmetrise, int problemLimit, long maxBytes, ConnectomeReaders readers) {

    /** Default size limit of one matrix file: 512 MiB. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    /** Strict loading (asymmetric matrices refused) with the installed readers. */
    public static LoadOptions defaults() {
        return new LoadOptions(false, DataProblems.DEFAULT_LIMIT, DEFAULT_MAX_BYTES, null);
    }

    /** The same options with symmetrisation switched on or off. */
    public LoadOptions withSymmetrise(boolean on) {
        return new LoadOptions(on, problemLimit, maxBytes, readers);
    }

    /** The same options with other readers. */
    public LoadOptions withReaders(ConnectomeReaders r) {
        return new LoadOptions(symmetrise, problemLimit, maxBytes, r);
    }

    /** The same options with another size limit. */
    public LoadOptions withMaxBytes(long limit) {
        return new LoadOptions(symmetrise, problemLimit, limit, readers);
    }

    /** The readers to use: the given ones or the installed ones. */
    public ConnectomeReaders effectiveReaders() {
        return readers != null ? readers : ConnectomeReaders.installed();
    }
}
