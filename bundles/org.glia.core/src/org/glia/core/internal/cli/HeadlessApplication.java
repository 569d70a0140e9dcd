package org.glia.core.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;

/**
 * The headless Glia application ({@code ./glia COMMAND ...}): dispatches to a contributed command and
 * turns its outcome into an exit code and a message, never a stack trace (unless GLIA_DEBUG is set).
 */
public final class HeadlessApplication implements IApplication {

    /** Exit code after Ctrl+C or a cancelled monitor, as shells report SIGINT. */
    public static final int CANCELLED = 130;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return run(CommandRegistry.fromPlatform(), args == null ? List.of() : Arrays.asList(args), System.out,
                System.err, Path.of(System.getProperty("glia.cwd", System.getProperty("user.dir"))));
    }

    @Override
    public void stop() {
        // commands are short-lived; the launcher's JVM exits after start() returns
    }

    /** Runs one command line; public for tests. */
    public static int run(CommandRegistry registry, List<String> args, PrintStream out, PrintStream err, Path cwd) {
        if (args.isEmpty()) {
            HelpCommand.printUsage(registry, err);
            return GliaCommand.USAGE;
        }
        String name = args.get(0);
        if (name.equals("--help") || name.equals("-h")) {
            name = "help";
        } else if (name.equals("--version")) {
            name = "version";
        }
        var descriptor = registry.command(name);
        if (descriptor.isEmpty()) {
            err.println("glia: unknown command '" + name + "'");
            HelpCommand.printUsage(registry, err);
            return GliaCommand.USAGE;
        }
        CommandContext ctx = CommandContext.of(args.subList(1, args.size()), out, err, cwd,
                new TerminalProgressMonitor(err, System.console() != null));
        try {
            return descriptor.get().factory().get().run(ctx);
        } catch (UsageException e) {
            err.println("glia " + name + ": " + e.getMessage());
            err.println("usage: ./glia " + descriptor.get().usage());
            return GliaCommand.USAGE;
        } catch (DataException e) {
            err.println("glia " + name + ": " + e.getMessage());
            return GliaCommand.USAGE;
        } catch (OperationCanceledException e) {
            err.println("glia " + name + ": cancelled");
            return CANCELLED;
        } catch (Exception | LinkageError e) {
            err.println("glia " + name + ": failed: " + describe(e));
            if (System.getenv("GLIA_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("(set GLIA_DEBUG=1 for the stack trace)");
            }
            return GliaCommand.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }
}
