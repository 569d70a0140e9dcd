package org.glia.core.internal.cli;

import java.io.PrintStream;

import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;

/** {@code ./glia help [COMMAND]}: lists the contributed commands, or shows one command's usage. */
public final class HelpCommand implements GliaCommand {

    @Override
    public int run(CommandContext context) throws UsageException {
        context.args().maxPositional(1);
        context.args().checkAllUsed();
        CommandRegistry registry = CommandRegistry.fromPlatform();
        if (context.args().positional().isEmpty()) {
            printUsage(registry, context.out());
            return OK;
        }
        String name = context.args().positional().get(0);
        var d = registry.command(name);
        if (d.isEmpty()) {
            throw new UsageException("no command named '" + name + "'; ./glia help lists them");
        }
        context.out().println("usage: ./glia " + d.get().usage());
        context.out().println();
        context.out().println(d.get().summary());
        return OK;
    }

    /** Prints the overall usage: the workbench, the test command, and every contributed command. */
    public static void printUsage(CommandRegistry registry, PrintStream out) {
        out.println("usage: ./glia                 start the Glia workbench (headless: analyse the demo cohort)");
        out.println("       ./glia test            install what is missing, build and run every test");
        out.println("       ./glia COMMAND [ARGS]  run a headless command:");
        int width = registry.commands().stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (CommandDescriptor c : registry.commands()) {
            out.printf("         %-" + width + "s  %s%n", c.name(), c.summary());
        }
        if (!registry.benchmarks().isEmpty()) {
            out.println("       benchmarks (./glia bench NAME): "
                    + String.join(", ", registry.benchmarks().stream().map(CommandDescriptor::name).toList()));
        }
        out.println("./glia help COMMAND shows a command's arguments.");
    }
}
