package org.glia.ui.regions.internal.handlers;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Where an export goes: the command's file parameter, else the file the user picks in a save dialog. */
final class ExportFiles {

    private ExportFiles() {
    }

    /**
     * The target file with the extension {@code ext} (added when missing), or null when the user cancelled.
     *
     * @param given     the command's file parameter, or null to ask
     * @param proposed  the file name proposed in the dialog
     */
    static Path target(Shell shell, String title, String given, String ext, String proposed) {
        String file = given;
        if (file == null) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(title);
            dialog.setFilterExtensions(new String[] {"*." + ext, "*"});
            dialog.setFileName(proposed);
            dialog.setOverwrite(true);
            file = dialog.open();
            if (file == null) {
                return null;
            }
        }
        if (!file.toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            file += "." + ext;
        }
        return Path.of(file);
    }
}
