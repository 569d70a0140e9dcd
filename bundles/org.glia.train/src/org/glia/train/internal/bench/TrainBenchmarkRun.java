package org.glia.train.internal.bench;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.train.EpochListener;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.Trainers;
import org.glia.train.dl4j.Dl4jNetworks;
import org.glia.train.dl4j.Dl4jRuntime;
import org.glia.train.eval.CrossValidation;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retrainer;

/**
 * The figures of {@code ./glia bench train}: retrain-after-edit and 10-fold cross-validation at the paper's scale
 * with both engines against the goals (&lt; 1 s, &lt; 10 s), a large case where DL4J's faster arithmetic pays, and
 * optionally the crossover grid behind {@link Trainers#AUTO_STEP_WORK}.
 */
public final class TrainBenchmarkRun {

    private static final double RETRAIN_GOAL_MS = 1000;
    private static final double CV_GOAL_MS = 10_000;

    private final PrintStream out;
    private final Options options;
    private final Trainer java = Trainers.get(TrainSettings.JAVA);
    private final Trainer dl4j = Trainers.get(TrainSettings.DL4J);

    /**
     * What to run.
     *
     * @param runs        measured runs per figure (after one warm-up run), at least 1
     * @param paperEpochs epochs of the paper-scale trainings (200 in the goal)
     * @param large       also time the large case
     * @param crossover   also time the crossover grid
     */
    public record Options(int runs, int paperEpochs, boolean large, boolean crossover) {

        /** Five runs, 200 epochs, the large case, no crossover grid. */
        public static Options defaults() {
            return new Options(5, 200, true, false);
        }
    }

    /**
     * The medians measured, in milliseconds (NaN when not run).
     *
     * @param javaRetrain paper-scale retrain, Java engine
     * @param dl4jRetrain paper-scale retrain, DL4J engine
     * @param javaCv      paper-scale 10-fold CV, Java engine
     * @param dl4jCv      paper-scale 10-fold CV, DL4J engine
     * @param javaLarge   large case, Java engine
     * @param dl4jLarge   large case, DL4J engine
     */
    public record Figures(double javaRetrain, double dl4jRetrain, double javaCv, double dl4jCv, double javaLarge,
            double dl4jLarge) {
    }

    private TrainBenchmarkRun(PrintStream out, Options options) {
        this.out = out;
        this.options = options;
    }

    /** Runs the benchmark, printing its table to {@code out}. */
    public static Figures run(PrintStream out, Options options, IProgressMonitor monitor) {
        return new TrainBenchmarkRun(out, options).run(monitor);
    }

    private Figures run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Benchmark: training engines", 4);
        out.printf(Locale.ROOT, "java %s, %d cores, load average %s; median of %d runs after 1 warm-up run%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Timing.loadAverage(),
                options.runs());
        long t0 = System.nanoTime();
        Dl4jNetworks.toNetwork(SyntheticStudy.network(1, Activation.RELU, 2, 2, 2));
        out.printf(Locale.ROOT, "DL4J/ND4J start-up (native libraries, first network): %.0f ms; ND4J threads %d"
                + " (-D%s or --dl4j-threads)%n", (System.nanoTime() - t0) / 1e6, Dl4jRuntime.threads(),
                Dl4jRuntime.THREADS_PROPERTY);
        out.printf(Locale.ROOT, "%-60s %9s %9s  %s%n", "case (median of the runs)", "java ms", "dl4j ms",
                "goal: java / dl4j");

        SyntheticStudy paper = SyntheticStudy.of(62, 90, 2, 62);
        Mlp initial = SyntheticStudy.network(7, Activation.RELU, 90, 8, 4, 2);
        TrainSettings s = TrainSettings.defaults().withEpochs(options.paperEpochs());
        String scale = String.format(Locale.ROOT, "62x90, 90-8-4-2, %d epochs full batch", options.paperEpochs());
        double[] retrain = row("retrain " + scale, pair(e -> Retrainer.run(e, initial, paper.x(), paper.y(),
                s.withEngine(e.engine()), 0, FoldPreprocessor.Z_SCORE, CvListener.NONE, EpochListener.NONE, null),
                sub.split(1)), RETRAIN_GOAL_MS);
        CvResult[] cvs = new CvResult[2];
        double[] cv = row("10-fold CV " + scale, pair(e -> {
            CvResult r = CrossValidation.run(e, initial, paper.x(), paper.y(), s.withEngine(e.engine()), 10,
                    FoldPreprocessor.Z_SCORE, CvListener.NONE, null);
            cvs[e == java ? 0 : 1] = r;
            return r;
        }, sub.split(1)), CV_GOAL_MS);
        out.printf(Locale.ROOT, "  (CV accuracy java %s, dl4j %s: the same training, the same result)%n",
                cvs[0].accuracy(), cvs[1].accuracy());

        double[] large = {Double.NaN, Double.NaN};
        if (options.large()) {
            large = largeCase(sub.split(1));
        }
        if (options.crossover()) {
            new Crossover(out, java, dl4j, options.runs()).run(sub.split(1));
        }
        out.printf(Locale.ROOT, "load average at the end: %s%n", Timing.loadAverage());
        return new Figures(retrain[0], retrain[1], cv[0], cv[1], large[0], large[1]);
    }

    private double[] largeCase(IProgressMonitor monitor) {
        SyntheticStudy big = SyntheticStudy.of(2000, 278, 3, 2000);
        double[][] x = FoldPreprocessor.zScore(big.x()).apply(big.x());
        Mlp net = SyntheticStudy.network(8, Activation.RELU, 278, 512, 512, 3);
        TrainSettings s = TrainSettings.defaults().withEpochs(3).withBatchSize(128);
        return row(String.format(Locale.ROOT, "train 2000x278, 278-512-512-3 (%d params), 3 ep., batch 128",
                Trainers.parameters(net)), pair(e -> e.train(net, x, big.y(), s.withEngine(e.engine()), null), monitor),
                Double.NaN);
    }

    /** The timings of {@code op} with the Java and the DL4J engine. */
    private Timing.Result[] pair(java.util.function.Function<Trainer, Object> op, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        Timing.Result j = Timing.measure(() -> op.apply(java), 1, options.runs(), sub.split(1));
        Timing.Result d = Timing.measure(() -> op.apply(dl4j), 1, options.runs(), sub.split(1));
        return new Timing.Result[] {j, d};
    }

    /** Prints medians with the range of the runs, and returns the medians. */
    private double[] row(String what, Timing.Result[] t, double goal) {
        double[] ms = {t[0].median(), t[1].median()};
        String verdict = Double.isNaN(goal) ? "(no goal; DL4J " + ratio(ms) + ")"
                : String.format(Locale.ROOT, "< %.0f ms: %s / %s", goal, met(ms[0], goal), met(ms[1], goal));
        out.printf(Locale.ROOT, "%-60s %9.1f %9.1f  %s%n", what, ms[0], ms[1], verdict);
        out.printf(Locale.ROOT, "%-60s %9s %9s%n", "  range of the runs", range(t[0]), range(t[1]));
        out.flush();
        return ms;
    }

    private static String range(Timing.Result t) {
        return String.format(Locale.ROOT, "%.0f-%.0f", t.min(), t.max());
    }

    private static String met(double ms, double goal) {
        return ms < goal ? "MET" : "NOT MET";
    }

    private static String ratio(double[] ms) {
        return ms[1] < ms[0] ? String.format(Locale.ROOT, "%.1fx faster", ms[0] / ms[1])
                : String.format(Locale.ROOT, "%.1fx slower", ms[1] / ms[0]);
    }
}
