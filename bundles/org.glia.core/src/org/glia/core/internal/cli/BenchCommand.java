package org.glia.core.internal.cli;

import java.util.ArrayList;
import java.util.List;

import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;

/**
 * {@code ./glia bench [NAME ...] [OPTIONS] [--list]}: runs contributed benchmarks (the options go to each of them); each prints its own figures and
 * the baseline it measured in the same run.
 */
public final class BenchCommand implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        CommandRegistry registry = CommandRegistry.fromPlatform();
        boolean list = context.args().flag("list");
        List<String> names = context.args().positional();
        if (list) {
            context.args().checkAllUsed();
            for (CommandDescriptor b : registry.benchmarks()) {
                context.out().printf("%-12s %s%n", b.name(), b.summary());
            }
            return OK;
        }
        if (names.isEmpty()) {
            throw new UsageException("name a benchmark: " + String.join(", ",
                    registry.benchmarks().stream().map(CommandDescriptor::name).toList()) + " (or --list)");
        }
        List<CommandDescriptor> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(registry.benchmark(n).orElseThrow(() -> new UsageException("no benchmark named '" + n
                    + "'; ./glia bench --list shows them")));
        }
        // what is not a benchmark's name is an option of the benchmarks run, e.g. bench soak --cycles 50
        List<String> options = new ArrayList<>(context.args().raw());
        for (String n : names) {
            options.remove(n);
        }
        int worst = OK;
        for (CommandDescriptor b : chosen) {
            context.out().println("== bench " + b.name() + ": " + b.summary());
            CommandContext inner = CommandContext.of(List.copyOf(options), context.out(), context.err(),
                    context.directory(), context.monitor());
            worst = Math.max(worst, b.factory().get().run(inner));
        }
        return worst;
    }
}
