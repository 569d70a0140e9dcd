package org.glia.core.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.junit.jupiter.api.Test;

/** Tests the launcher's dispatch: contributed commands, exit codes, and messages instead of stack traces. */
class HeadlessApplicationTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CommandRegistry registry, String... args) {
        return HeadlessApplication.run(registry, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."));
    }

    private static CommandDescriptor command(String name, GliaCommand c) {
        return new CommandDescriptor(name, name + " ARG", "does " + name, false, "test", () -> c);
    }

    @Test
    void platformRegistryHasTheBuiltInCommands() {
        CommandRegistry registry = CommandRegistry.fromPlatform();
        assertTrue(registry.command("help").isPresent());
        assertTrue(registry.command("version").isPresent());
        assertTrue(registry.command("bench").isPresent());
    }

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        int code = run(CommandRegistry.fromPlatform(), "frobnicate");
        assertEquals(2, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("unknown command 'frobnicate'"), e);
        assertTrue(e.contains("usage: ./glia"), e);
        assertTrue(e.contains("version"), e);
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        assertEquals(2, run(CommandRegistry.fromPlatform()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("./glia test"));
    }

    @Test
    void versionPrintsTheCoreBundleVersion() {
        assertEquals(0, run(CommandRegistry.fromPlatform(), "version"));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.matches("(?s)Glia 0\\.1\\.0\\.\\S+\\R.*Java \\d+.*"), o);
    }

    @Test
    void helpListsContributedCommandsAndShowsOne() {
        assertEquals(0, run(CommandRegistry.fromPlatform(), "help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("bench"));
        out.reset();
        assertEquals(0, run(CommandRegistry.fromPlatform(), "help", "version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: ./glia version"));
        assertEquals(2, run(CommandRegistry.fromPlatform(), "help", "nope"));
    }

    @Test
    void usageErrorGivesMessageUsageAndExitTwo() {
        CommandRegistry r = new CommandRegistry(List.of(command("x", c -> {
            throw new UsageException("missing argument COHORT");
        })));
        assertEquals(2, run(r, "x"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("glia x: missing argument COHORT"), e);
        assertTrue(e.contains("usage: ./glia x ARG"), e);
    }

    @Test
    void refusedDataGivesTheReportAndExitTwo() {
        CommandRegistry r = new CommandRegistry(List.of(command("x", c -> {
            throw new DataException(Path.of("p.tsv"), "row 3", "duplicate participant_id 'sub-01'");
        })));
        assertEquals(2, run(r, "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("p.tsv: row 3: duplicate participant_id 'sub-01'"));
    }

    @Test
    void unexpectedFailureIsOneLineNotAStackTrace() {
        CommandRegistry r = new CommandRegistry(List.of(command("x", c -> {
            throw new IllegalStateException("disk full");
        })));
        assertEquals(1, run(r, "x"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("glia x: failed: disk full"), e);
        assertTrue(!e.contains("\tat "), e);
    }

    @Test
    void exitCodeOfTheCommandIsReturned() {
        CommandRegistry r = new CommandRegistry(List.of(command("x", c -> {
            c.out().println("ran with " + c.args().positional());
            return 0;
        })));
        assertEquals(0, run(r, "x", "a", "b"));
        assertEquals("ran with [a, b]", out.toString(StandardCharsets.UTF_8).strip());
    }
}
