package org.glia.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/** The step kinds an experiment may use, each with an example value, and the parsing of a whole experiment. */
public final class Steps {

    /** Parses a step's value into an action. */
    @FunctionalInterface
    private interface Parser {
        Action parse(StepArgs args) throws StepFault;
    }

    /** A step kind: how to parse it and a valid example value for messages. */
    private record Kind(Parser parser, String example) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("load", new Kind(DataSteps::load, "\"../cohort\""));
        KINDS.put("classes", new Kind(DataSteps::classes, "[\"HC\", \"AD\"]"));
        KINDS.put("network", new Kind(ModelSteps::network, "{\"hidden\": [4], \"activation\": \"relu\"}"));
        KINDS.put("train", new Kind(TrainingSteps::train, "{\"epochs\": 200, \"seed\": 1}"));
        KINDS.put("cv", new Kind(TrainingSteps::cv, "{\"folds\": 10, \"seed\": 1}"));
        KINDS.put("add_nodes", new Kind(EditSteps::addNodes, "{\"layer\": 1, \"count\": 4}"));
        KINDS.put("delete_node", new Kind(EditSteps::deleteNode, "{\"layer\": 1, \"node\": 0}"));
        KINDS.put("insert_layer", new Kind(EditSteps::insertLayer, "{\"before\": \"output\", \"size\": 4}"));
        KINDS.put("remove_layer", new Kind(EditSteps::removeLayer, "{\"layer\": 2}"));
        KINDS.put("set_weight", new Kind(EditSteps::setWeight, "{\"layer\": 1, \"from\": 3, \"to\": 0, \"value\": 0.5}"));
        KINDS.put("scale_outgoing", new Kind(EditSteps::scaleOutgoing, "{\"layer\": 1, \"node\": 3, \"factor\": 1.5}"));
        KINDS.put("scale_incoming", new Kind(EditSteps::scaleIncoming, "{\"layer\": 1, \"node\": 3, \"factor\": 1.5}"));
        KINDS.put("set_bias", new Kind(EditSteps::setBias, "{\"layer\": 1, \"node\": 3, \"value\": 0.1}"));
        KINDS.put("undo", new Kind(EditSteps::undo, "1"));
        KINDS.put("redo", new Kind(EditSteps::redo, "1"));
        KINDS.put("save", new Kind(ModelSteps::save, "\"model.glia\""));
        KINDS.put("open", new Kind(ModelSteps::open, "\"model.glia\""));
        KINDS.put("out", new Kind(DataSteps::out, "\"out\""));
    }

    private Steps() {
    }

    /** The step names, in documentation order. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /** Parses one step. */
    public static Action parse(Step step) throws StepFault {
        Kind kind = KINDS.get(step.name());
        if (kind == null) {
            throw new StepFault("unknown step '" + step.name() + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
        }
        return kind.parser().parse(new StepArgs(step, kind.example()));
    }

    /**
     * Parses every step before anything runs, so a typo in the last step is reported before hours of training.
     *
     * @throws DataException listing the fault of every malformed step, each with its number and name
     */
    public static List<Action> parseAll(Path file, List<Step> steps) throws DataException {
        DataProblems problems = new DataProblems();
        List<Action> actions = new ArrayList<>();
        for (Step s : steps) {
            try {
                actions.add(parse(s));
            } catch (StepFault f) {
                problems.add(file, where(s), f.getMessage());
            }
        }
        problems.throwIfAny("the experiment has malformed steps");
        return actions;
    }

    /** "step 3 (train)". */
    public static String where(Step s) {
        return "step " + s.number() + " (" + s.name() + ")";
    }
}
