package org.glia.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a running command gets from the launcher: its arguments, the terminal, the working folder and a
 * progress monitor that draws on the terminal.
 *
 * @param args      the arguments after the command name
 * @param out       standard output (results)
 * @param err       standard error (progress, warnings, error reports)
 * @param directory the user's working folder; relative paths resolve against it
 * @param monitor   progress shown on the terminal; cancelled on Ctrl+C
 */
public record CommandContext(Arguments args, PrintStream out, PrintStream err, Path directory,
        IProgressMonitor monitor) {

    /** Resolves a path given by the user against the working folder. */
    public Path resolve(String path) {
        return directory.resolve(path).normalize();
    }

    /** Convenience for tests: a context over plain argument strings. */
    public static CommandContext of(List<String> args, PrintStream out, PrintStream err, Path directory,
            IProgressMonitor monitor) {
        return new CommandContext(new Arguments(args), out, err, directory, monitor);
    }
}
