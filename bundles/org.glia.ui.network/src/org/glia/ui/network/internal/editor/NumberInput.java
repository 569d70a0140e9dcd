package org.glia.ui.network.internal.editor;

import org.eclipse.osgi.util.NLS;
import org.glia.ui.network.internal.Messages;

/** Reads the numbers typed into the editor's input dialogs; each check returns an error message or null. */
public final class NumberInput {

    private NumberInput() {
    }

    /** The finite number in {@code text} (surrounding blanks allowed, {@code ,} not a decimal mark), or null. */
    public static Double parseNumber(String text) {
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The whole number from 1 to {@code max} in {@code text}, or null. */
    public static Long parseCount(String text, long max) {
        if (text == null) {
            return null;
        }
        try {
            long n = Long.parseLong(text.strip());
            return n >= 1 && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Why {@code text} is not a finite number, or null when it is. */
    public static String checkNumber(String text) {
        return parseNumber(text) == null ? Messages.notANumber : null;
    }

    /** Why {@code text} is not a whole number from 1 to {@code max}, or null when it is. */
    public static String checkCount(String text, long max) {
        return parseCount(text, max) == null ? NLS.bind(Messages.notACount, String.format("%,d", max)) : null;
    }
}
