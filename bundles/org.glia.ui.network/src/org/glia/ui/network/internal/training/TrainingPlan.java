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
import org.glia.ui.network.internal.Messages;

/**
 * What a Retrain or Cross-validate command trains, captured from the study on the UI thread so that the
 * background jobs never read the live model: the cohort folder, feature set, classes, settings and a copy of the
 * working network (the weights training starts from).
 *
 * @param name       the study's display name (for job names)
 * @param cohort     the cohort folder, resolved against the document's folder
 * @param featureSet the feature set name, empty for the default (degree)
 * @param classes    the classes in output-node order
 * @param settings   the last version's settings (else the defaults with engine auto) with the study's seed
 * @param folds      the cross-validation folds wanted, 0 for none (lowered to the smallest class if needed)
 * @param snapshot   a detached study holding only a copy of the working network
 */
public record TrainingPlan(String name, Path cohort, String featureSet, List<String> classes, TrainSettings settings,
        int folds, Study snapshot) {

    /** Folds of "Cross-validate and Retrain" when the last version names none. */
    public static final int DEFAULT_FOLDS = 10;

    /**
     * Captures the plan; call on the model's thread.
     *
     * @param document      the {@code .glia} file, against whose folder a relative cohort path is resolved
     * @param crossValidate whether to cross-validate before the final training
     * @throws IllegalArgumentException (message for the user) when the study names no cohort or its last version's
     *                                  settings are invalid
     */
    public static TrainingPlan of(Path document, Study study, boolean crossValidate) {
        String path = study.getCohortPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(Messages.trainNoCohort);
        }
        Path dir = document.toAbsolutePath().getParent();
        Path cohort = Path.of(path);
        cohort = cohort.isAbsolute() || dir == null ? cohort : dir.resolve(cohort).normalize();
        ModelVersion last = study.getCurrentVersion() != null ? study.getCurrentVersion()
                : study.getVersions().isEmpty() ? null : study.getVersions().get(study.getVersions().size() - 1);
        TrainingSettings recorded = last == null ? null : last.getSettings();
        int folds = 0;
        if (crossValidate) {
            folds = recorded != null && recorded.getFolds() >= 2 ? recorded.getFolds() : DEFAULT_FOLDS;
        }
        Study snapshot = GliaFactory.eINSTANCE.createStudy();
        snapshot.setNetwork(EcoreUtil.copy(study.getNetwork()));
        String name = study.getName() == null || study.getName().isBlank() ? document.getFileName().toString()
                : study.getName();
        return new TrainingPlan(name, cohort, study.getFeatureSet() == null ? "" : study.getFeatureSet(),
                List.copyOf(study.getClasses()), settings(recorded, study.getSeed()), folds, snapshot);
    }

    /** The recorded settings (defaults with engine auto when none) with the study's seed. */
    static TrainSettings settings(TrainingSettings recorded, long seed) {
        if (recorded == null) {
            return TrainSettings.defaults().withEngine(Trainers.AUTO).withSeed(seed);
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
