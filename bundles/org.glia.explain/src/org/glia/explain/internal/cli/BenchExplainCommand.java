package org.glia.explain.internal.cli;

import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.explain.internal.bench.ExplainBenchmark;

/** {@code ./glia bench explain}: times importance backpropagation against path enumeration and memory bandwidth. */
public final class BenchExplainCommand implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        boolean quick = context.args().flag("quick");
        context.args().maxPositional(0);
        context.args().checkAllUsed();
        ExplainBenchmark.run(context.out(), quick, context.monitor());
        return OK;
    }
}
