package org.glia.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.edit.ModelEdit;
import org.glia.model.edit.NetworkEdits;

/**
 * The edit steps and undo/redo. Every edit is one of the model's {@link NetworkEdits}, run on the study's command
 * stack, so undo and redo are the model's own. Layers are numbered as in the model: 0 is the input layer, 1 the
 * first hidden layer, the last one the output layer; nodes from 0 within their layer ("1:3" is node 3 of layer 1).
 */
public final class EditSteps {

    private EditSteps() {
    }

    /** {@code {"add_nodes": {"layer": 1, "count": 4}}}. */
    public static Action addNodes(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "count"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int count = f.integer("count", 1, Integer.MAX_VALUE);
        return edit(n -> NetworkEdits.addNodes(n, layer, count));
    }

    /** {@code {"delete_node": {"layer": 1, "node": 0}}}. */
    public static Action deleteNode(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "node"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int node = f.integer("node", 0, Integer.MAX_VALUE);
        return edit(n -> NetworkEdits.deleteNode(n, layer, node));
    }

    /**
     * {@code {"insert_layer": {"before": "output" | LAYER, "size": 4, "activation": "relu"}}}: the new layer takes
     * the index {@code before} (the layer there and those above move up one); the activation defaults to that of
     * the first hidden layer (ReLU without one).
     */
    public static Action insertLayer(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("before", "size", "activation"));
        int size = f.integer("size", 1, Integer.MAX_VALUE);
        Integer before;
        if (f.isString("before")) {
            if (!f.text("before", null).equals("output")) {
                throw f.wrongValue("before", "\"output\" or a layer number");
            }
            before = null;
        } else {
            before = f.integer("before", 0, Integer.MAX_VALUE);
        }
        ActivationFunction given = ModelSteps.activation(f, "activation", null);
        return edit(n -> NetworkEdits.insertLayer(n, before == null ? n.getLayers().size() - 1 : before, size,
                given != null ? given : hiddenActivation(n)));
    }

    /** {@code {"remove_layer": {"layer": 2}}}. */
    public static Action removeLayer(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        return edit(n -> NetworkEdits.removeLayer(n, layer));
    }

    /**
     * {@code {"set_weight": {"layer": 1, "from": 3, "to": 0, "value": 0.5}}}: the edge from node {@code from} of
     * {@code layer} to node {@code to} of the layer above.
     */
    public static Action setWeight(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "from", "to", "value"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int from = f.integer("from", 0, Integer.MAX_VALUE);
        int to = f.integer("to", 0, Integer.MAX_VALUE);
        double value = f.number("value");
        return edit(n -> NetworkEdits.setWeight(n, layer, from, to, value));
    }

    /** {@code {"scale_outgoing": {"layer": 1, "node": 3, "factor": 1.5}}}. */
    public static Action scaleOutgoing(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "node", "factor"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int node = f.integer("node", 0, Integer.MAX_VALUE);
        double factor = f.number("factor");
        return edit(n -> NetworkEdits.scaleOutgoing(n, layer, node, factor));
    }

    /** {@code {"scale_incoming": {"layer": 1, "node": 3, "factor": 1.5}}}. */
    public static Action scaleIncoming(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "node", "factor"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int node = f.integer("node", 0, Integer.MAX_VALUE);
        double factor = f.number("factor");
        return edit(n -> NetworkEdits.scaleIncoming(n, layer, node, factor));
    }

    /** {@code {"set_bias": {"layer": 1, "node": 3, "value": 0.1}}}. */
    public static Action setBias(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(Set.of("layer", "node", "value"));
        int layer = f.integer("layer", 0, Integer.MAX_VALUE);
        int node = f.integer("node", 0, Integer.MAX_VALUE);
        double value = f.number("value");
        return edit(n -> NetworkEdits.setBias(n, layer, node, value));
    }

    /** The activation of the first hidden layer of {@code n}, or ReLU when it has none. */
    static ActivationFunction hiddenActivation(Network n) {
        return n.getLayers().size() > 2 ? n.getLayers().get(1).getActivation() : ActivationFunction.RELU;
    }

    /** Runs the edit {@code factory} makes for the working network (and would make for a replayed one). */
    private static Action edit(Function<Network, ModelEdit> factory) {
        return (state, monitor) -> {
            Network network = state.network();
            ModelEdit edit = factory.apply(network);
            String why = state.execute(edit, factory, null);
            if (why != null) {
                throw new StepFault("refused: " + why);
            }
            return edit.getLabel() + ": network " + Figures.sizes(network);
        };
    }

    /** {@code {"undo": N}}: undoes the last N model changes (edits and trainings) on the command stack. */
    public static Action undo(StepArgs args) throws StepFault {
        int count = args.count();
        return (state, monitor) -> undoRedo(state, count, true);
    }

    /** {@code {"redo": N}}: redoes the last N undone changes. */
    public static Action redo(StepArgs args) throws StepFault {
        int count = args.count();
        return (state, monitor) -> undoRedo(state, count, false);
    }

    private static String undoRedo(RunState state, int count, boolean undo) throws StepFault {
        CommandStack stack = state.stack();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Command c = undo ? stack.getUndoCommand() : stack.getRedoCommand();
            if (!(undo ? state.undo() : state.redo())) {
                String what = undo ? "undo" : "redo";
                throw new StepFault(i == 0 ? "there is nothing to " + what
                        : "only " + i + (i == 1 ? " change" : " changes") + " could be " + what + "ne, not " + count);
            }
            labels.add(c.getLabel());
        }
        return String.join(", ", labels) + ": network " + Figures.sizes(state.network());
    }
}
