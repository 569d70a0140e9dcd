package org.glia.ui.brain.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.MeshOptions;
import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.Subject;
import org.glia.core.io.DataException;
import org.glia.render.BrainScene;
import org.glia.render.BrainScenes;
import org.glia.ui.network.StudyCohort;

/**
 * What the brain view needs of a study, read in the background: its cohort (subjects and their feature
 * vectors, one value per region) and the scene of the cohort's atlas.
 *
 * @param cohort   the study's cohort
 * @param features the feature set the network reads (one feature per region)
 * @param scene    the atlas surfaces, every value absent
 */
public record StudyData(Cohort cohort, FeatureSet features, BrainScene scene) {

    /** Loads the cohort named by a study and its atlas's meshes with the default triangle budget. */
    public static StudyData load(Path studyFile, String cohortPath, String featureName, IProgressMonitor monitor)
            throws DataException {
        return load(studyFile, cohortPath, featureName, MeshOptions.defaults().triangleBudget(), monitor);
    }

    /**
     * Loads the cohort named by a study (as {@link StudyCohort} does for every view) and its atlas's meshes.
     *
     * @param studyFile      the {@code .glia} file (a relative cohort path is resolved against its folder)
     * @param cohortPath     the study's cohort path as written in it
     * @param featureName    the study's feature set name (null or blank: degree)
     * @param triangleBudget the triangles of the whole atlas surface (the user's preference)
     * @throws DataException when there is no cohort, it has no atlas, its features are not one per region, or
     *                       something cannot be read; the message says which and names the file
     */
    public static StudyData load(Path studyFile, String cohortPath, String featureName, int triangleBudget,
            IProgressMonitor monitor) throws DataException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.loadingBrain, 10);
        StudyCohort loaded = StudyCohort.load(studyFile, cohortPath, featureName, progress.split(3));
        Cohort cohort = loaded.cohort();
        FeatureSet features = loaded.features();
        if (features.size(cohort.regionCount()) != cohort.regionCount()) {
            throw new DataException(studyFile, Messages.bind(Messages.notPerRegion, features.name()));
        }
        if (cohort.atlas() == null) {
            throw new DataException(StudyCohort.cohortFolder(studyFile, cohortPath), Messages.noAtlas);
        }
        BrainScene scene = BrainScenes.load(cohort.atlas(), cohort.labels(), true, triangleBudget, progress.split(7));
        return new StudyData(cohort, features, scene);
    }

    /** The raw feature vectors of the subjects whose diagnosis is {@code diagnosis} (null: every subject). */
    public List<double[]> rawFeatures(String diagnosis) {
        List<double[]> rows = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            if (diagnosis == null || diagnosis.equals(s.diagnosis())) {
                rows.add(features.extract(s.matrix()));
            }
        }
        return rows;
    }
}
