package org.glia.ui.network.internal.training;

import org.eclipse.emf.common.command.AbstractCommand;
import org.glia.model.ModelVersion;
import org.glia.model.Study;
import org.glia.ui.network.internal.Messages;

/**
 * Writes how a version was cross-validated into its note; runs right after the edit that records the version, in
 * the same compound command, so one undo takes back both.
 */
final class VersionNote extends AbstractCommand {

    private final Study study;
    private final String note;
    private ModelVersion version;
    private String before;

    VersionNote(Study study, String note) {
        super(Messages.trainNoteLabel);
        this.study = study;
        this.note = note;
    }

    /** The note of a version trained in {@code mode}, or null when there is nothing to say (no CV ran). */
    static String text(TrainingMode mode, boolean crossValidated) {
        if (!crossValidated) {
            return null;
        }
        return mode == TrainingMode.CROSS_VALIDATE_FROM_WEIGHTS ? Messages.trainNoteFromWeights
                : Messages.trainNoteFresh;
    }

    @Override
    protected boolean prepare() {
        return true; // the version it annotates only exists once the recording edit ran
    }

    @Override
    public void execute() {
        version = study.getCurrentVersion();
        if (version != null) {
            before = version.getNote();
            version.setNote(before == null || before.isBlank() ? note : before + "\n" + note);
        }
    }

    @Override
    public void undo() {
        if (version != null) {
            version.setNote(before);
        }
    }

    @Override
    public void redo() {
        execute();
    }
}
