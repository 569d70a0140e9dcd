package org.glia.analysis.internal.cli;

import org.glia.analysis.ExperimentRunner;
import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;

/** {@code glia run EXPERIMENT.json}: runs an experiment file step by step (see {@link ExperimentRunner}). */
public final class RunCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        Arguments args = ctx.args();
        String file = args.positional(0, "EXPERIMENT.json");
        args.maxPositional(1);
        args.checkAllUsed();
        new ExperimentRunner(ctx.out(), ctx.err()).run(ctx.resolve(file), ctx.monitor());
        return OK;
    }
}
