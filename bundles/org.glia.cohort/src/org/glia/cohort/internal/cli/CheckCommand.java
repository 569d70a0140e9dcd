package org.glia.cohort.internal.cli;

import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.LoadOptions;
import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;

/**
 * {@code glia check COHORT [--json] [--symmetrise]}: validates a cohort (and reads its atlas volume, if any)
 * and prints what it holds; an invalid cohort ends with the full error report (DataException, exit 2).
 */
public final class CheckCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        Arguments args = ctx.args();
        String dir = args.positional(0, "COHORT");
        args.maxPositional(1);
        boolean json = args.flag("json");
        boolean symmetrise = args.flag("symmetrise");
        args.checkAllUsed();
        Cohort cohort = CohortLoader.load(ctx.resolve(dir), LoadOptions.defaults().withSymmetrise(symmetrise),
                ctx.monitor());
        AtlasSummary atlas = cohort.atlas() == null ? null : AtlasSummary.of(cohort.atlas(), cohort.labels());
        CohortReport report = new CohortReport(cohort, atlas);
        ctx.out().print(json ? report.json() : report.text());
        ctx.out().flush();
        return OK;
    }
}
