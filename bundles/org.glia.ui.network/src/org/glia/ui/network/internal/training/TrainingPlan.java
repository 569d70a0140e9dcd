package org.glia.ui.network.internal.training;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.train.TrainSettings;
import org.glia.train.Trainers;
import org.glia.ui.network.StudyCohort;
import org.glia.ui.network.internal.Messages;

/**
 * What a Retrain or Cross-validate command trains, captured from the study on the UI thread so that the
 * background jobs never read the live model: the cohort folder, feature set, classes, settings, how to
 * cross-validate and a copy of the working network (the weights the final training starts from).
 *
 * @param name       the study's display name (for job names)
 * @param cohort     the cohort folder, resolved against the document's folder
 * @param featureSet the feature set name, empty for the default (degree)
 * @param classes    the classes in output-node order
 * @param settings   the last version's settings (else the user's defaults) with the study's seed
 * @param mode       whether and how to cross-validate
 * @param folds      the cross-validation folds wanted, 0 without (lowered to the smallest class if needed)
 * @param snapshot   a detached study holding only a copy of the working network
 */
public record TrainingPlan(String name, Path cohort, String featureSet, List<String> classes, TrainSettings settings,
        TrainingMode mode, int folds, Study snapshot) {

    /**
     * Captures the plan; call on the model's thread.
     *
     * @param document the {@code .glia} file, against whose folder a relative cohort path is resolved
     * @param defaults the settings used when the model has no version with settings
     * @throws IllegalArgumentException (message for the user) when the study names no cohort or the settings are
     *                                  invalid
     */
    public static TrainingPlan of(Path document, Study study, TrainingMode mode, TrainingDefaults defaults) {
        String path = study.getCohortPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(Messages.trainNoCohort);
        }
        ModelVersion last = study.getCurrentVersion() != null ? study.getCurrentVersion()
                : study.getVersions().isEmpty() ? null : study.getVersions().get(study.getVersions().size() - 1);
        TrainingSettings recorded = last == null ? null : last.getSettings();
        int folds = 0;
        if (mode.crossValidates()) {
            folds = recorded != null && recorded.getFolds() >= 2 ? recorded.getFolds() : defaults.folds();
            if (folds < 2) {
                throw new IllegalArgumentException(NLS.bind(Messages.trainBadDefaults,
                        "cross-validation needs at least 2 folds, not " + folds));
            }
        }
        Study snapshot = GliaFactory.eINSTANCE.createStudy();
        snapshot.setNetwork(EcoreUtil.copy(study.getNetwork()));
        String name = study.getName() == null || study.getName().isBlank() ? document.getFileName().toString()
                : study.getName();
        return new TrainingPlan(name, StudyCohort.cohortFolder(document, path),
                study.getFeatureSet() == null ? "" : study.getFeatureSet(), List.copyOf(study.getClasses()),
                settings(recorded, study.getSeed(), defaults), mode, folds, snapshot);
    }

    /** The run's title, e.g. "Cross-validating (10 folds, fresh weights per fold) and retraining demo". */
    public String title(int actualFolds) {
        return switch (mode) {
            case RETRAIN -> NLS.bind(Messages.trainJob, name);
            case CROSS_VALIDATE -> NLS.bind(Messages.trainCvJob, name, actualFolds);
            case CROSS_VALIDATE_FROM_WEIGHTS -> NLS.bind(Messages.trainCvFromWeightsJob, name, actualFolds);
        };
    }

    /** The recorded settings (the defaults when none) with the study's seed. */
    static TrainSettings settings(TrainingSettings recorded, long seed, TrainingDefaults defaults) {
        if (recorded == null) {
            try {
                return defaults.settings(seed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.trainBadDefaults, e.getMessage()), e);
            }
        }
        try {
            String engine = recorded.getEngine() == null || recorded.getEngine().isBlank() ? Trainers.AUTO
                    : recorded.getEngine();
            return new TrainSettings(engine, recorded.getLearningRate(), recorded.getEpochs(),
                    recorded.getBatchSize(), recorded.getL2(), recorded.getPatience(),
                    recorded.getValidationFraction(), seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.trainBadSettings, e.getMessage()), e);
        }
    }
}
