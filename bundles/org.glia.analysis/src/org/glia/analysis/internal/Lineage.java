package org.glia.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.glia.model.ActivationFunction;
import org.glia.model.Network;
import org.glia.model.edit.ModelEdit;
import org.glia.model.nn.NetworkBuilder;
import org.glia.train.TrainSettings;

/**
 * How the working network came to be in this run: the network step that built it and every model change since
 * (edits and trainings) that is currently done, mirroring the command stack through undo and redo. Replaying it on
 * a fold's training subjects gives a cross-validation in which no weight ever saw that fold's test subjects.
 */
public final class Lineage {

    /**
     * One model change: an edit (re-creatable on any network of the same shape) or a training.
     *
     * @param command the command run on the stack
     * @param edit    creates the same edit for another network, or null for a training
     * @param train   the settings of a training, or null for an edit
     */
    public record Change(Command command, Function<Network, ModelEdit> edit, TrainSettings train) {
    }

    private final List<String> features;
    private final int[] hidden;
    private final ActivationFunction activation;
    private final List<String> classes;
    private final long seed;
    private final List<Change> done = new ArrayList<>();
    private final List<Change> undone = new ArrayList<>();

    /** The lineage of a network built by {@link NetworkBuilder#build} with these arguments. */
    public Lineage(List<String> features, int[] hidden, ActivationFunction activation, List<String> classes,
            long seed) {
        this.features = List.copyOf(features);
        this.hidden = hidden.clone();
        this.activation = activation;
        this.classes = List.copyOf(classes);
        this.seed = seed;
    }

    /** A fresh copy of the network as the network step built it. */
    public Network build() {
        return NetworkBuilder.build(features, hidden, activation, classes, seed);
    }

    /** The changes currently done, oldest first. */
    public List<Change> changes() {
        return List.copyOf(done);
    }

    /** A change was executed: it is done, and what was undone can no longer be redone. */
    public void executed(Change c) {
        done.add(c);
        undone.clear();
    }

    /** The last change was undone. */
    public void undone() {
        undone.add(done.remove(done.size() - 1));
    }

    /** The last undone change was redone. */
    public void redone() {
        done.add(undone.remove(undone.size() - 1));
    }

    /** True when the last change done is {@code command} (a sanity check against the command stack). */
    public boolean endsWith(Command command) {
        return command == null ? done.isEmpty() : !done.isEmpty() && done.get(done.size() - 1).command() == command;
    }
}
