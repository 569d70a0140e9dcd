package org.glia.ui.network;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.core.io.DataException;
import org.glia.ui.network.internal.Messages;

/**
 * The cohort a study names, with the feature set its network reads, as every view that needs the subjects loads it.
 *
 * @param cohort   the loaded cohort
 * @param features the study's feature set
 */
public record StudyCohort(Cohort cohort, FeatureSet features) {

    /**
     * Loads the cohort of a study (its path relative to the study file's folder unless absolute).
     *
     * @param studyFile   the {@code .glia} file
     * @param cohortPath  the study's cohort path as written in it
     * @param featureName the study's feature set (null or blank: degree)
     * @throws DataException when the study names no cohort or an unknown feature set, or the cohort cannot be read
     */
    public static StudyCohort load(Path studyFile, String cohortPath, String featureName, IProgressMonitor monitor)
            throws DataException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.studyLoadingCohort, 1);
        if (cohortPath == null || cohortPath.isBlank()) {
            throw new DataException(studyFile, Messages.studyNoCohort);
        }
        FeatureSet features = featureName == null || featureName.isBlank() ? FeatureSets.DEGREE
                : FeatureSets.byName(featureName).orElseThrow(() -> new DataException(studyFile,
                        NLS.bind(Messages.studyUnknownFeatureSet,
                                featureName, String.join(", ", FeatureSets.names()))));
        return new StudyCohort(CohortLoader.load(cohortFolder(studyFile, cohortPath), progress.split(1)), features);
    }

    /** The cohort folder a study names: its cohort path, resolved against the study file's folder unless absolute. */
    public static Path cohortFolder(Path studyFile, String cohortPath) {
        Path dir = studyFile.toAbsolutePath().getParent();
        Path path = Path.of(cohortPath);
        return path.isAbsolute() || dir == null ? path : dir.resolve(path).normalize();
    }
}
