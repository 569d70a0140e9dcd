package org.glia.report.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.glia.core.cli.Arguments;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.explain.FaithfulnessRow;
import org.glia.report.AnalysisOptions;
import org.glia.report.AnalysisResult;
import org.glia.report.ReportFiles;
import org.glia.report.internal.AnalyzeTask;

/**
 * {@code glia analyze COHORT --out DIR [...]}: parses the options and runs {@link AnalyzeTask}; prints the
 * headline figures on standard output.
 */
public final class AnalyzeCommand implements GliaCommand {

    @Override
    public int run(CommandContext ctx) throws Exception {
        AnalysisOptions o = parse(ctx);
        AnalysisResult r = new AnalyzeTask(ctx.err()).run(o, ctx.monitor());
        ctx.out().println(String.format(Locale.ROOT, "accuracy %.4f  balanced_accuracy %.4f  auc %.4f%s", r.accuracy(),
                r.balancedAccuracy(), r.auc(), Double.isNaN(r.pValue()) ? ""
                        : String.format(Locale.ROOT, "  p_value %.4f (%d permutations)", r.pValue(), o.permutations())));
        for (int c = 0; c < r.classes().size(); c++) {
            List<String> top = r.topRegions().get(c);
            ctx.out().println("top regions " + r.classes().get(c) + ": "
                    + String.join(", ", top.subList(0, Math.min(5, top.size()))));
        }
        ctx.out().println("faithfulness on held-out subjects (AOPC MoRF / LeRF / random; higher MoRF, lower LeRF = "
                + "more faithful):");
        for (FaithfulnessRow f : r.faithfulness()) {
            ctx.out().println(String.format(Locale.ROOT, "  %-10s %-6s %7.4f / %7.4f / %7.4f", f.method(), f.className(),
                    f.aopcMorf(), f.aopcLerf(), f.aopcRandom()));
        }
        ctx.out().println("report: " + r.out().resolve(ReportFiles.REPORT));
        return OK;
    }

    /** The options of a command line. */
    public static AnalysisOptions parse(CommandContext ctx) throws UsageException {
        Arguments a = ctx.args();
        boolean noBrains = a.flag("no-brains");
        String cohort = a.positional(0, "COHORT");
        a.maxPositional(1);
        AnalysisOptions d = AnalysisOptions.defaults(ctx.resolve(cohort), ctx.resolve(a.requiredOption("out")));
        List<Integer> hidden = new ArrayList<>();
        for (String s : a.listOption("hidden", List.of("4"))) {
            hidden.add(whole("hidden", s, 1, 1 << 20));
        }
        try {
            AnalysisOptions o = d.withClasses(a.listOption("classes", List.of())).withHidden(hidden)
                    .withFolds(a.intOption("folds", AnalysisOptions.DEFAULT_FOLDS, 2, 1000))
                    .withEpochs(a.intOption("epochs", AnalysisOptions.DEFAULT_EPOCHS, 1, 10_000_000))
                    .withSeed(a.longOption("seed", 1)).withMethod(a.option("method", d.method()))
                    .withPermutations(a.intOption("permutations", 0, 0, 1_000_000))
                    .withActivation(a.option("activation", d.activation()))
                    .withL2(real(a, "l2", d.l2())).withLearningRate(real(a, "lr", d.learningRate()))
                    .withEngine(a.option("engine", d.engine())).withBrains(!noBrains);
            a.checkAllUsed();
            return o;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int whole(String option, String s, int min, int max) throws UsageException {
        try {
            int v = Integer.parseInt(s.trim());
            if (v < min || v > max) {
                throw new UsageException("--" + option + " values must be between " + min + " and " + max + ", got " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects whole numbers, got '" + s + "'");
        }
    }

    private static double real(Arguments a, String option, double fallback) throws UsageException {
        String v = a.option(option, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " expects a number, got '" + v + "'");
        }
    }
}
