package org.glia.ui.network.internal.editor;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Small input dialogs for the edit commands: a number or a count, checked as the user types. */
public final class Ask {

    private Ask() {
    }

    /** Asks for a finite number; null when cancelled. */
    public static Double number(Shell shell, String title, String prompt, String initial) {
        InputDialog d = new InputDialog(shell, title, prompt, initial, NumberInput::checkNumber);
        return d.open() == Window.OK ? NumberInput.parseNumber(d.getValue()) : null;
    }

    /** Asks for a whole number from 1 to {@code max}; null when cancelled. */
    public static Long count(Shell shell, String title, String prompt, String initial, long max) {
        InputDialog d = new InputDialog(shell, title, prompt, initial, t -> NumberInput.checkCount(t, max));
        return d.open() == Window.OK ? NumberInput.parseCount(d.getValue(), max) : null;
    }
}
