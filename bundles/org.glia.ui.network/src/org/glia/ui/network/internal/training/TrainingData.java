package org.glia.ui.network.internal.training;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.glia.analysis.LabelledData;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.cohort.LoadOptions;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblem;
import org.glia.core.nn.Mlp;
import org.glia.ui.network.internal.Messages;

/**
 * Reads a plan's cohort and selects the subjects and features the network is trained on, checking that they fit
 * the network; every refusal is a {@link TrainingRefused} whose message names the cohort folder and the fault.
 */
final class TrainingData {

    /** How many of a refused cohort's problems the message lists. */
    static final int SHOWN_PROBLEMS = 5;

    private TrainingData() {
    }

    /** The raw features and classes of the plan's cohort for {@code network}. */
    static LabelledData load(TrainingPlan plan, Mlp network, IProgressMonitor monitor) {
        Cohort cohort;
        try {
            cohort = CohortLoader.load(plan.cohort(), LoadOptions.defaults(), monitor);
        } catch (DataException e) {
            throw new TrainingRefused(problems(plan.cohort(), e));
        }
        FeatureSet features = plan.featureSet().isBlank() ? FeatureSets.DEGREE
                : FeatureSets.byName(plan.featureSet()).orElseThrow(() -> new TrainingRefused(NLS.bind(
                        Messages.trainUnknownFeatures, plan.featureSet(), String.join(", ", FeatureSets.names()))));
        int given = features.size(cohort.regionCount());
        if (given != network.inputs()) {
            throw new TrainingRefused(NLS.bind(Messages.trainInputsMismatch, new Object[] {network.inputs(),
                    plan.cohort(), given, features.name()}));
        }
        if (plan.classes().size() != network.outputs()) {
            throw new TrainingRefused(NLS.bind(Messages.trainOutputsMismatch, new Object[] {network.outputs(),
                    plan.classes().size(), String.join(", ", plan.classes())}));
        }
        try {
            return LabelledData.select(cohort, plan.classes(), features);
        } catch (IllegalArgumentException e) {
            throw new TrainingRefused(NLS.bind(Messages.trainCohortRefused, plan.cohort(), e.getMessage()));
        }
    }

    /** The folds to run: the plan's, lowered to the smallest class; refused when a class has fewer than 2. */
    static int folds(TrainingPlan plan, LabelledData data) {
        if (plan.folds() == 0) {
            return 0;
        }
        int smallest = Collections.min(data.counts().values());
        if (smallest < 2) {
            String cls = data.counts().entrySet().stream().filter(e -> e.getValue() == smallest).findFirst()
                    .orElseThrow().getKey();
            throw new TrainingRefused(NLS.bind(Messages.trainTooFewForCv, cls, smallest));
        }
        return Math.min(plan.folds(), smallest);
    }

    /** The cohort folder and its first problems, one per line. */
    static String problems(Path cohort, DataException e) {
        List<DataProblem> all = e.problems();
        if (all.isEmpty()) {
            return NLS.bind(Messages.trainCohortRefused, cohort, e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        for (DataProblem p : all.subList(0, Math.min(SHOWN_PROBLEMS, all.size()))) {
            sb.append("\n  ").append(p);
        }
        int more = all.size() - SHOWN_PROBLEMS + e.dropped();
        if (more > 0) {
            sb.append("\n  ").append(NLS.bind(Messages.trainMoreProblems, more));
        }
        return NLS.bind(Messages.trainCohortRefused, cohort, sb.toString());
    }
}
