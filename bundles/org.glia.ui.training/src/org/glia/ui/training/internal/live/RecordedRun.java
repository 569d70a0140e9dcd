package org.glia.ui.training.internal.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.glia.model.FoldMetrics;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.Messages;

/** What the Training view shows for a version when no run was seen: the metrics recorded with it, no curves. */
public final class RecordedRun {

    private RecordedRun() {
    }

    /**
     * The recorded folds and confusion matrix of {@code version} of {@code study}; call on the model's thread.
     *
     * @return null when the version has no metrics
     */
    public static RunSnapshot of(Study study, ModelVersion version) {
        Metrics m = version == null ? null : version.getMetrics();
        if (m == null) {
            return null;
        }
        List<FoldRow> rows = new ArrayList<>();
        for (FoldMetrics f : m.getFoldMetrics()) {
            rows.add(FoldRow.of(f));
        }
        List<String> classes = List.copyOf(study.getClasses());
        ConfusionMatrix confusion = ConfusionMatrix.ofRowMajor(classes, m.getConfusion(), m.getFolds() > 0
                ? NLS.bind(Messages.confusionOfFolds, m.getFolds()) : Messages.confusionTraining);
        TrainingSettings s = version.getSettings();
        String name = study.getName() == null || study.getName().isBlank() ? "" : study.getName();
        return new RunSnapshot(0, NLS.bind(Messages.recordedTitle, version.getId(), name), Format.metrics(m),
                RunState.FROM_VERSION, confusion == null ? classes : confusion.classes(), m.getFolds(),
                s == null ? 0 : s.getEpochs(), List.of(), new FoldTable(rows), confusion);
    }

    /**
     * The confusion matrix recorded with the study's current version when it was recorded by a run started at
     * {@code since} or later (a retraining without cross-validation reports no folds; its version holds the
     * training-set matrix); null otherwise.
     */
    public static ConfusionMatrix recentConfusion(Study study, long since) {
        ModelVersion v = study == null ? null : study.getCurrentVersion();
        if (v == null || v.getMetrics() == null || v.getTimestamp() == null || v.getTimestamp().getTime() < since) {
            return null;
        }
        Metrics m = v.getMetrics();
        return ConfusionMatrix.ofRowMajor(List.copyOf(study.getClasses()), m.getConfusion(), m.getFolds() > 0
                ? NLS.bind(Messages.confusionOfFolds, m.getFolds()) : Messages.confusionTraining);
    }
}
