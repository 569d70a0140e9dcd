package org.glia.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;

/** Runs a command as the launcher would, capturing standard output and error. */
final class Cli {

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    /** Runs {@code command} with {@code args} in folder {@code cwd}; exceptions propagate as for the launcher. */
    static Run run(GliaCommand command, Path cwd, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(CommandContext.of(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd, null));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
