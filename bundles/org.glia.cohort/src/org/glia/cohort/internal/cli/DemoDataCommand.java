package org.glia.cohort.internal.cli;

import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;

/** {@code glia demo-data OUT [--seed N] [--force]}: writes the synthetic demo cohort on AAL. */
public final class DemoDataCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        Arguments args = ctx.args();
        String out = args.positional(0, "OUT");
        args.maxPositional(1);
        long seed = args.longOption("seed", 1);
        boolean force = args.flag("force");
        args.checkAllUsed();
        VolumeAtlas aal = SystemAtlases.hasAal() ? SystemAtlases.aal(true) : null;
        return new DemoDataTask(ctx.err()).run(ctx.resolve(out), seed, force, aal, ctx.monitor());
    }
}
