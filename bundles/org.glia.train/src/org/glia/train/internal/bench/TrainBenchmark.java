package org.glia.train.internal.bench;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.train.dl4j.Dl4jRuntime;

/**
 * {@code ./glia bench train [--runs N] [--epochs N] [--no-large] [--crossover] [--dl4j-threads N]}: times
 * retraining and 10-fold cross-validation with the Java and the DL4J engine (see {@link TrainBenchmarkRun}).
 */
public final class TrainBenchmark implements GliaCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        boolean noLarge = context.args().flag("no-large");
        boolean crossover = context.args().flag("crossover");
        int runs = context.args().intOption("runs", 5, 1, 1000);
        int epochs = context.args().intOption("epochs", 200, 1, 100_000);
        int threads = context.args().intOption("dl4j-threads", 0, 0, 1024);
        context.args().maxPositional(0);
        context.args().checkAllUsed();
        if (threads > 0) {
            Dl4jRuntime.setThreads(threads);
        }
        TrainBenchmarkRun.run(context.out(), new TrainBenchmarkRun.Options(runs, epochs, !noLarge, crossover),
                context.monitor());
        return OK;
    }

    /** Runs the benchmark on the terminal without the platform, e.g. {@code java -cp ... TrainBenchmark --crossover}. */
    public static void main(String[] args) throws Exception {
        try {
            System.exit(new TrainBenchmark().run(CommandContext.of(Arrays.asList(args), System.out, System.err,
                    java.nio.file.Path.of("."), new NullProgressMonitor())));
        } catch (UsageException e) {
            System.err.println("bench train: " + e.getMessage());
            System.exit(USAGE);
        }
    }
}
