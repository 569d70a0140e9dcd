package org.glia.cohort;

import org.glia.core.io.DataException;

/**
 * Reads the numbers of one matrix file format; contributed through the extension point
 * {@code org.glia.cohort.readers} (element {@code reader}, attributes id, name, class, extensions).
 * <p>
 * A reader only decodes the file. Cutting the array into matrices ({@link MatrixLayout}) and every check
 * of the values (square, size, finite, non-negative, symmetric) is done by the cohort loader, the same
 * for all formats. Implementations need a public no-argument constructor and must be stateless.
 */
public interface ConnectomeReader {

    /**
     * Reads every number the file holds.
     *
     * @throws DataException when the file cannot be decoded; report all faults found, each naming
     *                       {@link MatrixSource#file()} and where in it
     */
    NumericArray read(MatrixSource source) throws DataException;
}
