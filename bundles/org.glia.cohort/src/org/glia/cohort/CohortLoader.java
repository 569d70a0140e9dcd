package org.glia.cohort;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.cohort.internal.CohortLoad;
import org.glia.core.io.DataException;

/**
 * Loads and validates a cohort directory:
 *
 * <pre>
 * COHORT/
 *   participants.tsv       participant_id, diagnosis (+ other columns, kept)
 *   connectomes/ID.EXT     one matrix per participant, EXT handled by a contributed reader
 *   labels.tsv             index, name (+ hemisphere, r, g, b); row order = matrix order
 *   atlas.nii.gz           optional label volume
 *   cohort.json            optional: atlas, labels, measure, matrices {file, variable, layout, ...},
 *                          planted_regions
 * </pre>
 *
 * Everything is checked before anything is returned; all faults come in one {@link DataException}.
 */
public final class CohortLoader {

    private CohortLoader() {
    }

    /**
     * Loads the cohort in {@code directory}.
     *
     * @param monitor progress and cancellation ({@code null} allowed); cancelling throws
     *                {@link org.eclipse.core.runtime.OperationCanceledException}
     * @throws DataException listing every fault found (up to {@link LoadOptions#problemLimit()})
     */
    public static Cohort load(Path directory, LoadOptions options, IProgressMonitor monitor) throws DataException {
        return new CohortLoad(directory, options).run(monitor);
    }

    /** Loads with {@link LoadOptions#defaults()}. */
    public static Cohort load(Path directory, IProgressMonitor monitor) throws DataException {
        return load(directory, LoadOptions.defaults(), monitor);
    }
}
