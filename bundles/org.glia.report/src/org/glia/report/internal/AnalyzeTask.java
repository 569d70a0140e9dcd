package org.glia.report.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.FaithfulnessRow;
import org.glia.explain.MethodDescriptor;
import org.glia.report.AnalysisOptions;
import org.glia.report.AnalysisResult;
import org.glia.report.ReportFiles;
import org.glia.train.eval.CvListener;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.train.retrain.Retraining;

/**
 * The work of {@code glia analyze}: load the cohort, cross-validate and train, optionally run the permutation
 * test, compute the class maps and every method's faithfulness, and write the files. Progress goes to the
 * monitor and, one line per step, to the log stream.
 */
public final class AnalyzeTask {

    private final PrintStream log;

    /** A task reporting its steps on {@code log} (the terminal's standard error). */
    public AnalyzeTask(PrintStream log) {
        this.log = log;
    }

    /**
     * Runs the analysis.
     *
     * @throws UsageException when an option names something that does not exist (class, method, engine)
     * @throws DataException  when the cohort is refused
     * @throws IOException    when the files cannot be written
     */
    public AnalysisResult run(AnalysisOptions o, IProgressMonitor monitor)
            throws UsageException, DataException, IOException {
        MethodDescriptor method = method(o.method());
        Engines.check(o.engine());
        ModelTraining.activation(o.activation());
        if (Files.exists(o.out()) && !Files.isDirectory(o.out())) {
            throw new UsageException(o.out() + " exists and is not a folder");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Analyzing", 110 + (o.permutations() > 0 ? 100 : 0));
        Cohort cohort = CohortLoader.load(o.cohort(), progress.split(5));
        AnalysisData data = AnalysisData.select(cohort, o.classes(), o.folds());
        log.println("analyze: " + describe(data));
        log.println("analyze: " + o.folds() + "-fold cross-validation of a " + layers(data, o) + " network ("
                + o.activation() + "), " + o.epochs() + " epochs, engine " + o.engine() + ", seed " + o.seed());
        ModelTraining training = ModelTraining.run(data, o, foldLogger(o.folds()), progress.split(40));
        Retraining r = training.retraining();
        CvResult cv = r.cv();
        log.println(String.format(Locale.ROOT, "analyze: CV accuracy %.3f \u00b1 %.3f, balanced %.3f, AUC %.3f; "
                + "final model trained on all %d subjects (%s engine)", cv.accuracy().mean(),
                cv.accuracy().sd(), cv.balancedAccuracy().mean(), cv.auc().mean(), data.subjects(),
                training.trainer().engine()));
        PermutationTest permutation = null;
        if (o.permutations() > 0) {
            log.println("analyze: permutation test, " + o.permutations() + " label permutations");
            permutation = PermutationTest.run(training.trainer(), r.initial(), data.x(), data.y(), r.settings(), o.folds(),
                    cv.accuracy().mean(), o.permutations(), log, progress.split(100));
        }
        double[][] scaled = r.scaling().apply(data.x());
        Mlp net = r.result().network();
        ExplainContext ctx = ExplainContext.of(columnMeans(scaled));
        log.println("analyze: class maps with " + method.name());
        ClassImportance importance = ClassImportance.compute(method, net, scaled, data.y(), ctx, progress.split(5));
        List<MethodDescriptor> methods = AttributionMethods.available();
        log.println("analyze: faithfulness of " + methods.size() + " methods on held-out subjects");
        List<FaithfulnessRow> faithfulness = HeldOutFaithfulness.evaluate(methods, data, cv, training.capture(),
                o.seed(), progress.split(40));
        Files.createDirectories(o.out());
        String legend = method.method().legend(ctx);
        BrainFigures brains = BrainFigures.none("No brain renderings: switched off with --no-brains.");
        if (o.brains()) {
            log.println("analyze: brain renderings");
            brains = BrainFigureWriter.write(cohort, importance, data.classes(), method.id(), legend, o.out(),
                    progress.split(10));
            if (!brains.present()) {
                log.println("analyze: " + brains.note());
            }
        }
        Outcome outcome = new Outcome(data, o, training, permutation, method, legend, importance, faithfulness,
                methods, brains);
        write(outcome);
        progress.done();
        log.println("analyze: wrote " + o.out().resolve(ReportFiles.REPORT));
        List<List<String>> top = new ArrayList<>();
        for (int c = 0; c < importance.classes(); c++) {
            top.add(importance.ranked(c, data.regions()));
        }
        return new AnalysisResult(o.out(), data.classes(), data.subjects(), data.regions().size(), cv.accuracy().mean(),
                cv.balancedAccuracy().mean(), cv.auc().mean(), permutation == null ? Double.NaN : permutation.pValue(),
                top, faithfulness);
    }

    private void write(Outcome o) throws IOException {
        Path out = o.options().out();
        AnalysisData d = o.data();
        StudyWriter.save(d, o.options(), o.training(), out.resolve(ReportFiles.MODEL));
        MetricsJson.write(MetricsJson.build(d, o.options(), o.training().retraining(), o.permutation()),
                out.resolve(ReportFiles.METRICS));
        CsvFiles.importance(o.importance(), d.regions(), d.classes(), out.resolve(ReportFiles.IMPORTANCE));
        CsvFiles.signed(o.importance(), d.regions(), d.classes(), out.resolve(ReportFiles.IMPORTANCE_SIGNED));
        CsvFiles.faithfulness(o.faithfulness(), out.resolve(ReportFiles.FAITHFULNESS));
        String svg = HeatmapSvg.draw(o.importance(), d.regions(), d.classes(), ReportHtml.planted(d));
        Files.writeString(out.resolve(ReportFiles.HEATMAP), svg, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(ReportFiles.REPORT), ReportHtml.write(o, svg), StandardCharsets.UTF_8);
    }

    /** The method registered under {@code id}, or a usage error listing the available ones. */
    static MethodDescriptor method(String id) throws UsageException {
        try {
            return AttributionMethods.get(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private CvListener foldLogger(int folds) {
        return new CvListener() {
            @Override
            public void foldEnded(FoldResult f) {
                synchronized (log) {
                    log.println(String.format(Locale.ROOT, "analyze: fold %d/%d done, accuracy %.3f", f.fold() + 1,
                            folds, f.accuracy()));
                }
            }
        };
    }

    private static String describe(AnalysisData d) {
        StringBuilder s = new StringBuilder("cohort " + d.cohort().directory() + ": " + d.subjects() + " subjects (");
        for (int c = 0; c < d.classes().size(); c++) {
            s.append(c == 0 ? "" : ", ").append(d.classes().get(c)).append(' ').append(d.classSizes()[c]);
        }
        return s.append("), ").append(d.regions().size()).append(" regions").toString();
    }

    private static String layers(AnalysisData d, AnalysisOptions o) {
        StringBuilder s = new StringBuilder().append(d.regions().size());
        o.hidden().forEach(h -> s.append('-').append(h));
        return s.append('-').append(d.classes().size()).toString();
    }

    /** The mean of every column: the training mean of the standardised features (about 0). */
    static double[] columnMeans(double[][] x) {
        double[] m = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < m.length; j++) {
                m[j] += row[j];
            }
        }
        for (int j = 0; j < m.length; j++) {
            m[j] /= x.length;
        }
        return m;
    }
}
