package org.glia.ui.network.internal.recovery;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Shell;

/**
 * How recovery talks to the user, and switches for tests. Without a prompt set here, the system property
 * {@value #ANSWER_PROPERTY} ({@code recover} or {@code discard}) answers every question without a dialog (for
 * scripted crash tests; reports go to the log and standard error); otherwise dialogs ask.
 */
public final class RecoveryHooks {

    /** System property answering the recovery question without a dialog: {@code recover} or {@code discard}. */
    public static final String ANSWER_PROPERTY = "glia.recovery.answer";

    private static volatile RecoveryPrompt prompt;
    private static volatile boolean keepCopiesOnClose;

    private RecoveryHooks() {
    }

    /** Replaces the prompt (null: back to the property or dialogs). */
    public static void setPrompt(RecoveryPrompt p) {
        prompt = p;
    }

    /**
     * For tests that simulate a crash by force-closing an editor: while true, closing an editor keeps its recovery
     * copy, as a killed workbench would.
     */
    public static void setKeepCopiesOnClose(boolean keep) {
        keepCopiesOnClose = keep;
    }

    static boolean keepCopiesOnClose() {
        return keepCopiesOnClose;
    }

    /** The prompt in effect. */
    static RecoveryPrompt prompt() {
        RecoveryPrompt p = prompt;
        if (p != null) {
            return p;
        }
        String answer = System.getProperty(ANSWER_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (answer) {
            case "recover" -> new FixedAnswer(RecoveryPrompt.Answer.RECOVER);
            case "discard" -> new FixedAnswer(RecoveryPrompt.Answer.DISCARD);
            default -> new DialogPrompt();
        };
    }

    /** Answers every question the same way; reports go to the log and standard error. */
    private record FixedAnswer(RecoveryPrompt.Answer answer) implements RecoveryPrompt {

        @Override
        public Answer ask(Shell shell, RecoveryEntry entry) {
            System.err.println("glia: recovery of " + entry.document() + " (" + entry.time() + "): " + answer);
            return answer;
        }

        @Override
        public void report(Shell shell, String message) {
            System.err.println("glia: " + message);
            ILog.of(RecoveryHooks.class).warn(message);
        }

        @Override
        public boolean openUnsaved(Shell shell, List<RecoveryEntry> entries) {
            return answer == Answer.RECOVER;
        }
    }
}
