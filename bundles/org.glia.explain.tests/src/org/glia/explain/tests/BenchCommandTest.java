package org.glia.explain.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.UsageException;
import org.glia.explain.internal.cli.BenchExplainCommand;
import org.junit.jupiter.api.Test;

/** The benchmark command refuses arguments it does not know (running it takes seconds and 500 MB; not here). */
class BenchCommandTest {

    @Test
    void refusesUnknownArguments() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        UsageException e = assertThrows(UsageException.class, () -> new BenchExplainCommand().run(
                CommandContext.of(List.of("--fast"), out, out, Path.of("."), new NullProgressMonitor())));
        assertTrue(e.getMessage().contains("--fast"), e.getMessage());
        assertThrows(UsageException.class, () -> new BenchExplainCommand().run(
                CommandContext.of(List.of("extra"), out, out, Path.of("."), new NullProgressMonitor())));
    }
}
