package org.glia.report.internal.soak;

import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;

/**
 * {@code ./glia bench soak [--cycles 200] [--every 20] [--epochs 40] [--hidden 8] [--seed 1] [--no-render]}: a long
 * session of edit → retrain → explain → render on a small model; passes when the heap after GC grows less than
 * 10 % from the first measurement (cycle 20) to the last (cycle 200).
 */
public final class SoakBenchmark implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        SoakOptions options = SoakOptions.parse(context.args());
        return SoakRun.run(options, context.out(), context.monitor()).passed() ? OK : FAILED;
    }
}
