package org.glia.core.cli;

/**
 * A headless Glia command ({@code ./glia NAME ...}), contributed through the
 * {@code org.glia.core.commands} extension point.
 * <p>
 * Exit codes: {@link #OK}; {@link #FAILED} when the work itself failed; {@link #USAGE} for bad
 * arguments or refused input (throwing {@link UsageException} or
 * {@link org.glia.core.io.DataException} gives it too).
 */
public interface GliaCommand {

    /** Exit code of a command that did its work. */
    int OK = 0;
    /** Exit code of a command whose work failed. */
    int FAILED = 1;
    /** Exit code for bad arguments or refused input. */
    int USAGE = 2;

    /** Runs the command and returns the process exit code. */
    int run(CommandContext context) throws Exception;
}
