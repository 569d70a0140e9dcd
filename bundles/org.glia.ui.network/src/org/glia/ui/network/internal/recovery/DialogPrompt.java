package org.glia.ui.network.internal.recovery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The interactive {@link RecoveryPrompt}: a question with Recover (default) and Discard. Closing the dialog
 * counts as Recover, the choice that loses nothing: the file is untouched and the recovery can be undone.
 */
final class DialogPrompt implements RecoveryPrompt {

    @Override
    public Answer ask(Shell shell, RecoveryEntry entry) {
        MessageDialog d = new MessageDialog(shell, Messages.askTitle, null,
                RecoveryText.question(entry, ZoneId.systemDefault(), Instant.now()), MessageDialog.QUESTION, 0,
                Messages.recoverButton, Messages.discardButton);
        return d.open() == 1 ? Answer.DISCARD : Answer.RECOVER;
    }

    @Override
    public void report(Shell shell, String message) {
        MessageDialog.openWarning(shell, Messages.corruptTitle, message);
    }

    @Override
    public boolean openUnsaved(Shell shell, List<RecoveryEntry> entries) {
        MessageDialog d = new MessageDialog(shell, Messages.askTitle, null,
                RecoveryText.unsavedDocuments(entries, ZoneId.systemDefault(), Instant.now()), MessageDialog.QUESTION,
                0, Messages.openButton, Messages.notNowButton);
        return d.open() == 0;
    }
}
