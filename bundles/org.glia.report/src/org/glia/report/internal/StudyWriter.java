package org.glia.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.model.io.GliaDocument;
import org.glia.report.AnalysisOptions;

/**
 * Saves the final model as a {@code .glia} study: the cohort it was trained on (absolute path), the feature set,
 * the classes, the seed and one recorded version with its settings and cross-validated metrics. The network
 * keeps its input standardisation, so {@code glia explain} can standardise a subject as training did.
 */
public final class StudyWriter {

    /**
     * The version's timestamp: fixed, so that equal seeds give equal documents (analyze's outputs carry no
     * clock time).
     */
    public static final Date FIXED_TIMESTAMP = new Date(0);

    private StudyWriter() {
    }

    /** Builds the study from the training's outcome. */
    public static Study study(AnalysisData data, AnalysisOptions options, ModelTraining training) {
        Study study = GliaFactory.eINSTANCE.createStudy();
        Path cohort = options.cohort().toAbsolutePath().normalize();
        study.setName("glia analyze " + cohort.getFileName() + " (" + String.join(" vs ", data.classes()) + ")");
        study.setCohortPath(cohort.toString());
        study.setFeatureSet(data.features().name());
        study.getClasses().addAll(data.classes());
        study.setSeed(options.seed());
        study.setNetwork(training.network());
        ModelEdit edit = training.retraining().toEdit(study);
        if (!edit.canExecute()) {
            throw new IllegalStateException("the trained model could not be recorded: " + edit.whyNot());
        }
        new BasicCommandStack().execute(edit);
        ModelVersion v = study.getCurrentVersion();
        v.setTimestamp(FIXED_TIMESTAMP);
        v.setNote("glia analyze: " + options.folds() + "-fold cross-validation, then trained on all "
                + data.subjects() + " subjects");
        return study;
    }

    /** Builds the study and saves it to {@code file}. */
    public static Study save(AnalysisData data, AnalysisOptions options, ModelTraining training, Path file)
            throws IOException {
        Study study = study(data, options, training);
        GliaDocument.save(study, file);
        return study;
    }
}
