package org.glia.model.edit;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;

/**
 * An undoable change to a Glia model, run on an EMF command stack.
 * <p>
 * A refused edit is not executable ({@link #canExecute()} is false, so a command stack ignores it) and
 * {@link #whyNot()} says why, for the status line. The check runs once, against the model as it is at the first
 * {@code canExecute()}: create edits right before running them. Undo restores the model exactly (removed arrays
 * and values are kept, never recomputed); redo replays exactly. Edits to a study's working network also append
 * their {@link #getDescription() description} to the study's pending edits, and take it off again on undo.
 */
public abstract class ModelEdit extends AbstractCommand {

    /** The network edited. */
    protected final Network network;
    private String reason;

    /** Creates an edit of {@code network} labelled {@code label} (also the description unless set). */
    protected ModelEdit(Network network, String label) {
        super(label);
        this.network = network;
    }

    /** Why the edit cannot be executed, phrased for the user, or null when it can. */
    public final String whyNot() {
        return canExecute() ? null : reason;
    }

    @Override
    protected final boolean prepare() {
        reason = network == null ? "There is no network to edit." : check();
        return reason == null;
    }

    /** Checks the edit against the current model; the reason it is refused, or null. */
    protected abstract String check();

    @Override
    public final void execute() {
        apply();
        log(true);
    }

    @Override
    public final void undo() {
        log(false);
        revert();
    }

    @Override
    public final void redo() {
        reapply();
        log(true);
    }

    /** Makes the change the first time, keeping whatever undo and redo need. */
    protected abstract void apply();

    /** Restores the model as it was before {@link #apply()}. */
    protected abstract void revert();

    /** Makes the change again after an undo, from what {@link #apply()} kept. */
    protected abstract void reapply();

    /** True when the edit is recorded in the study's pending edits (structure and weight edits are). */
    protected boolean isLogged() {
        return true;
    }

    private void log(boolean add) {
        Study study = isLogged() ? Networks.studyOf(network) : null;
        if (study == null) {
            return;
        }
        List<String> pending = study.getPendingEdits();
        if (add) {
            pending.add(getDescription());
        } else if (!pending.isEmpty()) {
            pending.remove(pending.size() - 1);
        }
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(network);
    }

    @Override
    public String getDescription() {
        return description != null ? description : getLabel();
    }
}
