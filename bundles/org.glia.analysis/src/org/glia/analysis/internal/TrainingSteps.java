package org.glia.analysis.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.analysis.LabelledData;
import org.glia.analysis.StandardizerScaling;
import org.glia.core.nn.Mlp;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.train.EpochListener;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;
import org.glia.train.TrainingException;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.retrain.Retrainer;
import org.glia.train.retrain.Retraining;

/**
 * The train and cv steps. Which version gets which cross-validation:
 * <ul>
 * <li>{@code train} trains the working network from its current (edited) weights on all chosen subjects and records
 * a new version (parent, edits since, settings) through {@link Retraining#toEdit}; without a cv its metrics are the
 * training-set scores (folds 0).</li>
 * <li>{@code cv} right after a {@code train} (nothing changed the model in between) evaluates that training: every
 * fold starts from the weights the train started from, never from the weights it produced, and trains with the
 * train's settings (the cv's seed, default the train's, chooses folds and fold seeds). The version is then
 * re-recorded with these CV metrics, replacing the training-set ones; undo takes back the train and its cv at
 * once.</li>
 * <li>{@code cv} anywhere else evaluates training from the current weights with the cv's own training fields; the
 * next {@code train} stores the result on its version if it starts from exactly those weights (it must then use
 * the same settings, seed aside); if the network changed in between, the result is not stored.</li>
 * </ul>
 * Folds starting from the working network's weights see, through those weights, every subject an earlier train
 * step trained on, test subjects included. So a cv step replays by default (see {@link Replay}) whenever this
 * run built the network with its network step; {@code "replay": false} asks for folds from the working weights,
 * which is the only way after {@code open}.
 */
public final class TrainingSteps {

    /** The fields of a cv step: the folds plus the training fields. */
    public static final Set<String> CV_FIELDS;

    static {
        Set<String> s = new HashSet<>(TrainingOptions.FIELDS);
        s.add("folds");
        s.add("replay");
        CV_FIELDS = Set.copyOf(s);
    }

    private TrainingSteps() {
    }

    /** {@code {"train": {"epochs": 200, "seed": 1, ...}}}. */
    public static Action train(StepArgs args) throws StepFault {
        TrainSettings settings = TrainingOptions.parse(args.fields(TrainingOptions.FIELDS));
        return (state, monitor) -> train(state, settings, monitor);
    }

    /** {@code {"cv": {"folds": 10, "seed": 1}}}, optionally with training fields when it precedes the train. */
    public static Action cv(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(CV_FIELDS);
        int folds = f.integer("folds", 2, 10_000, 10);
        Set<String> custom = new TreeSet<>(f.names());
        custom.remove("folds");
        custom.remove("seed");
        custom.remove("replay");
        // Replay (leak-free) unless the step says otherwise and when the run's history allows it.
        Boolean replay = f.has("replay") ? f.flag("replay", true) : null;
        TrainSettings own = TrainingOptions.parse(f);
        Long seed = f.has("seed") ? f.seed("seed", 0) : null;
        int number = args.step().number();
        return (state, monitor) -> cv(state, new CvRequest(number, folds, replay, custom, own, seed), monitor);
    }

    private static String train(RunState state, TrainSettings asked, IProgressMonitor monitor) throws StepFault {
        Study study = state.study();
        LabelledData d = state.trainingData();
        Mlp initial = snapshot(study);
        TrainSettings settings = Engines.resolve(asked, initial, d.y().length);
        Evaluations.Pending pending = state.pendingCv();
        boolean storeCv = false;
        String note = "";
        if (pending != null) {
            if (!pending.initial().equals(initial)) {
                note = "; the cv of step " + pending.step() + " is not stored: the network changed after it";
            } else if (!pending.settings().withSeed(settings.seed()).equals(settings)) {
                throw new StepFault("the cv of step " + pending.step() + " trained its folds with other settings ("
                        + describe(pending.settings()) + ") than this train (" + describe(settings)
                        + "); give both the same fields, or put the cv after the train");
            } else {
                storeCv = true;
                note = "; cv of step " + pending.step() + " stored";
            }
        }
        Retraining r = retrain(settings, initial, d, monitor);
        if (storeCv) {
            r = withCv(r, pending.cv(), pending.folds());
        }
        state.setPendingCv(null);
        ModelVersion v = record(state, r);
        TrainResult t = r.result();
        String epochs = t.stoppedEarly() ? "stopped at epoch " + t.epochsRun() + " of " + settings.epochs()
                + ", kept epoch " + t.bestEpoch() : t.epochsRun() + " epochs";
        double loss = t.history().isEmpty() ? Double.NaN : t.history().get(t.history().size() - 1).loss();
        return v.getId() + " (parent " + (v.getParent() == null ? "none" : v.getParent().getId()) + ", "
                + v.getEdits().size() + (v.getEdits().size() == 1 ? " edit" : " edits") + "), " + Figures.sizes(
                        study.getNetwork()) + ": " + epochs + " (" + settings.engine() + "), loss "
                + Figures.number(loss) + ", training accuracy " + Figures.number(r.training().accuracy()) + note;
    }

    /** What a cv step asks for; {@code seed} is null when the step gives none. */
    private record CvRequest(int step, int folds, Boolean askedReplay, Set<String> custom, TrainSettings own,
            Long seed) {

        /** Replay when asked, or by default whenever this run built the network itself. */
        boolean replay(RunState state) {
            return askedReplay != null ? askedReplay : state.lineage() != null;
        }
    }

    private static String cv(RunState state, CvRequest q, IProgressMonitor monitor) throws StepFault {
        Study study = state.study();
        LabelledData d = state.trainingData();
        Evaluations.LastTraining last = state.lastTraining();
        boolean replay = q.replay(state);
        if (replay && state.lineage() == null) {
            throw new StepFault("replay needs a network built by this run's network step; an opened study's "
                    + "history cannot be replayed");
        }
        String how = replay ? " by replay" : "";
        if (last != null && state.stack().getUndoCommand() == last.edit()
                && study.getCurrentVersion() == last.version()) {
            if (!q.custom().isEmpty()) {
                throw new StepFault("a cv right after a train evaluates that train with its settings; remove "
                        + String.join(", ", q.custom()) + ", or put the cv before the train to give it settings");
            }
            Retraining r = last.retraining();
            TrainSettings s = q.seed() == null ? r.settings() : r.settings().withSeed(q.seed());
            CvResult cv = replay ? Replay.run(state.lineage(), null, d, q.folds(), s.seed(), monitor)
                    : crossValidate(s, r.initial(), d, q.folds(), monitor);
            // re-record the version with its CV metrics: the same training, so the same weights and id
            state.undo();
            ModelVersion v = record(state, withCv(r, cv, q.folds()));
            return Figures.cv(cv) + how + " (stored on " + v.getId() + ")";
        }
        Mlp initial = snapshot(study);
        TrainSettings own = Engines.resolve(q.own(), initial, d.y().length);
        CvResult cv = replay ? Replay.run(state.lineage(), own, d, q.folds(), own.seed(), monitor)
                : crossValidate(own, initial, d, q.folds(), monitor);
        state.setPendingCv(new Evaluations.Pending(q.step(), initial, cv, own, q.folds()));
        return Figures.cv(cv) + how + " (for the next train)";
    }

    private static Mlp snapshot(Study study) throws StepFault {
        try {
            return Retrainer.snapshot(study);
        } catch (IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
    }

    private static Retraining retrain(TrainSettings s, Mlp initial, LabelledData d, IProgressMonitor monitor)
            throws StepFault {
        try {
            return Retrainer.run(Engines.trainer(s), initial, d.x(), d.y(), s, 0,
                    StandardizerScaling.PREPROCESSOR, CvListener.NONE, EpochListener.NONE, monitor);
        } catch (TrainingException | IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
    }

    private static CvResult crossValidate(TrainSettings s, Mlp initial, LabelledData d, int folds,
            IProgressMonitor monitor) throws StepFault {
        try {
            return CrossValidation.run(Engines.trainer(s), initial, d.x(), d.y(), s, folds,
                    StandardizerScaling.PREPROCESSOR, CvListener.NONE, monitor);
        } catch (TrainingException | IllegalArgumentException e) {
            throw new StepFault(e.getMessage());
        }
    }

    private static Retraining withCv(Retraining r, CvResult cv, int folds) {
        return new Retraining(r.initial(), r.result(), r.scaling(), cv, r.training(), r.settings(), folds);
    }

    /** Records {@code r} as a new version through the command stack. */
    private static ModelVersion record(RunState state, Retraining r) throws StepFault {
        Study study = state.study();
        ModelEdit edit = r.toEdit(study);
        String why = state.execute(edit, null, r.settings());
        if (why != null) {
            throw new StepFault("the trained weights could not be recorded: " + why);
        }
        state.setLastTraining(new Evaluations.LastTraining(edit, r, study.getCurrentVersion()));
        return study.getCurrentVersion();
    }

    private static String describe(TrainSettings s) {
        return "engine " + s.engine() + ", learning_rate " + s.learningRate() + ", epochs " + s.epochs() + ", batch "
                + s.batchSize() + ", l2 " + s.l2() + ", patience " + s.patience() + ", validation_fraction "
                + s.validationFraction();
    }
}
