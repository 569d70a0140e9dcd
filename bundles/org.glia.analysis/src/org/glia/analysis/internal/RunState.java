package org.glia.analysis.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glia.analysis.LabelledData;
import org.glia.cohort.Cohort;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.Study;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.glia.train.TrainSettings;

/**
 * What an experiment run has built so far: the cohort and class selection, the study with its editing domain
 * (whose command stack every model change goes through), the output folder, and the cross-validation results
 * waiting for a version.
 */
public final class RunState {

    private final Path experiment;
    private Path out;
    private Cohort cohort;
    private FeatureSet featureSet = FeatureSets.DEGREE;
    private List<String> classes;
    private LabelledData data;
    private EditingDomain domain;
    private Study study;
    private Evaluations.Pending pendingCv;
    private Evaluations.LastTraining lastTraining;
    private Lineage lineage;

    /** The state of a run of {@code experiment}. */
    public RunState(Path experiment) {
        this.experiment = experiment;
        this.out = folder().resolve("out");
    }

    /** The experiment file. */
    public Path experiment() {
        return experiment;
    }

    /** The folder of the experiment file, against which step paths resolve. */
    public Path folder() {
        Path parent = experiment.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A path of a step, resolved against the experiment's folder. */
    public Path resolve(String path) {
        return folder().resolve(path).normalize();
    }

    /** The output folder (versions.json). */
    public Path out() {
        return out;
    }

    /** Sets the output folder. */
    public void setOut(Path folder) {
        out = folder;
    }

    /** The cohort, or null before a load step. */
    public Cohort cohort() {
        return cohort;
    }

    /** Sets the cohort; the class selection is kept and checked again when data are next needed. */
    public void setCohort(Cohort value) {
        cohort = value;
        data = null;
    }

    /** The feature set fed to the input layer (degree unless an opened study says otherwise). */
    public FeatureSet featureSet() {
        return featureSet;
    }

    /** Sets the feature set. */
    public void setFeatureSet(FeatureSet value) {
        featureSet = value;
        data = null;
    }

    /** The chosen classes, or null when none were chosen (then every class of the cohort). */
    public List<String> classes() {
        return classes;
    }

    /** Sets the chosen classes. */
    public void setClasses(List<String> value) {
        classes = value == null ? null : List.copyOf(value);
        data = null;
    }

    /** The features and classes of the chosen subjects. */
    public LabelledData data() throws StepFault {
        if (cohort == null) {
            throw new StepFault("there is no cohort yet: put a load step first");
        }
        if (data == null) {
            List<String> chosen = classes != null ? classes : List.copyOf(cohort.classCounts().keySet());
            try {
                data = LabelledData.select(cohort, chosen, featureSet);
            } catch (IllegalArgumentException e) {
                throw new StepFault(e.getMessage());
            }
        }
        return data;
    }

    /** The data, checked to fit the study's network: same classes, same inputs in the same order. */
    public LabelledData trainingData() throws StepFault {
        LabelledData d = data();
        Study s = study();
        if (!d.classes().equals(s.getClasses())) {
            throw new StepFault("the network classifies " + s.getClasses() + " but the classes chosen are "
                    + d.classes());
        }
        List<Node> inputs = s.getNetwork().getLayers().get(0).getNodes();
        if (inputs.size() != d.features().size()) {
            throw new StepFault("the network has " + inputs.size() + " inputs but the cohort gives "
                    + d.features().size() + " " + featureSet.name() + " features");
        }
        for (int i = 0; i < inputs.size(); i++) {
            String label = inputs.get(i).getLabel();
            if (label != null && !label.isEmpty() && !label.equals(d.features().get(i))) {
                throw new StepFault("input " + i + " of the network is '" + label + "' but the cohort's feature "
                        + i + " is '" + d.features().get(i) + "'");
            }
        }
        return d;
    }

    /** The study, which a network or open step must have made. */
    public Study study() throws StepFault {
        if (study == null) {
            throw new StepFault("there is no network yet: put a network (or open) step first");
        }
        return study;
    }

    /** The study, or null. */
    public Study studyOrNull() {
        return study;
    }

    /** The working network of the study. */
    public Network network() throws StepFault {
        return study().getNetwork();
    }

    /** The command stack of the study's editing domain. */
    public CommandStack stack() throws StepFault {
        study();
        return domain.getCommandStack();
    }

    /**
     * Makes {@code value} the study, with a fresh editing domain (empty undo history) unless one is given.
     *
     * @param history how the run built the network, or null when it cannot be replayed (an opened study)
     */
    public void setStudy(Study value, EditingDomain editing, Lineage history) {
        study = value;
        domain = editing != null ? editing : ModelEditing.createDomain();
        lineage = history;
        pendingCv = null;
        lastTraining = null;
    }

    /** How the run built the working network, or null when it cannot be replayed. */
    public Lineage lineage() {
        return lineage;
    }

    /**
     * Runs a model change on the command stack and records it in the lineage.
     *
     * @return null when it ran, else the model's reason for refusing it
     */
    public String execute(Command command, Function<Network, ModelEdit> edit, TrainSettings train) throws StepFault {
        String why = NetworkEdits.run(stack(), command);
        if (why == null && lineage != null) {
            lineage.executed(new Lineage.Change(command, edit, train));
        }
        return why;
    }

    /** Undoes the last change; false when there is none. */
    public boolean undo() throws StepFault {
        CommandStack s = stack();
        if (!s.canUndo()) {
            return false;
        }
        s.undo();
        if (lineage != null) {
            lineage.undone();
        }
        return true;
    }

    /** Redoes the last undone change; false when there is none. */
    public boolean redo() throws StepFault {
        CommandStack s = stack();
        if (!s.canRedo()) {
            return false;
        }
        s.redo();
        if (lineage != null) {
            lineage.redone();
        }
        return true;
    }

    /** The cross-validation waiting for the next train step, or null. */
    public Evaluations.Pending pendingCv() {
        return pendingCv;
    }

    /** Sets the cross-validation waiting for the next train step. */
    public void setPendingCv(Evaluations.Pending value) {
        pendingCv = value;
    }

    /** The last training recorded by this run, or null. */
    public Evaluations.LastTraining lastTraining() {
        return lastTraining;
    }

    /** Sets the last training recorded. */
    public void setLastTraining(Evaluations.LastTraining value) {
        lastTraining = value;
    }
}
