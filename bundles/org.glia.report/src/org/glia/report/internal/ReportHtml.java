package org.glia.report.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.glia.core.nn.Mlp;
import org.glia.explain.FaithfulnessRow;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.MethodDescriptor;
import org.glia.report.AnalysisOptions;
import org.glia.report.ReportFiles;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;

/**
 * Writes report.html: one self-contained page (inline CSS, the heatmap as inline SVG, brain renderings as PNG
 * files beside it) with the setup, the cross-validated metrics and folds, the class heatmap, the top regions of
 * each class, the faithfulness of every method and the legend of the method. No clock time appears in it.
 */
public final class ReportHtml {

    /** How many regions the top-regions table lists per class. */
    public static final int TOP = 15;

    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.4}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}
            th{background:#f0f0f0}td.l,th.l{text-align:left}.note{color:#555;font-size:.9em}
            .planted{color:#c0392b;font-weight:bold}.flex{display:flex;gap:2em;flex-wrap:wrap;align-items:flex-start}
            figure{margin:0}figcaption{font-size:.9em;color:#555}img{border:1px solid #ddd}
            """;

    private ReportHtml() {
    }

    /** The page for {@code o}; {@code heatmap} is the SVG drawing to inline. */
    public static String write(Outcome o, String heatmap) {
        Html h = new Html();
        AnalysisData d = o.data();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .text("Glia analysis: " + String.join(" vs ", d.classes())).raw("</title>\n<style>\n").raw(CSS)
                .raw("</style>\n</head>\n<body>\n");
        h.raw("<h1>").text("Glia analysis: " + String.join(" vs ", d.classes())).raw("</h1>\n");
        summary(h, o);
        setup(h, o);
        metrics(h, o.training().retraining().cv(), d, o);
        h.raw("<h2>Class heatmap</h2>\n<p class=\"note\">").text(o.method().name() + ": importance of each region for "
                + "each class (mean over the class's subjects of the map from its output node, normalised to sum 1). "
                + "Also saved as " + ReportFiles.HEATMAP + ".").raw("</p>\n").raw(heatmap);
        TopRegions.write(h, o, TOP);
        brains(h, o.brains());
        faithfulness(h, o);
        legend(h, o);
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(Html h, Outcome o) {
        CvResult cv = o.training().retraining().cv();
        StringBuilder s = new StringBuilder("Cross-validated accuracy " + Markup.percent(cv.accuracy().mean()) + " \u00b1 "
                + Markup.percent(cv.accuracy().sd()) + " (balanced accuracy " + Markup.percent(cv.balancedAccuracy().mean())
                + ", AUC " + Markup.num(cv.auc().mean(), 3) + ") over " + cv.folds().size() + " stratified folds");
        if (o.permutation() != null) {
            s.append("; permutation test p = ").append(Markup.num(o.permutation().pValue(), 4)).append(" (")
                    .append(o.permutation().permutations()).append(" permutations, null accuracy ")
                    .append(Markup.percent(o.permutation().nullStat().mean())).append(')');
        }
        h.raw("<p>").text(s.append('.').toString()).raw("</p>\n");
    }

    private static void setup(Html h, Outcome o) {
        AnalysisData d = o.data();
        AnalysisOptions op = o.options();
        Mlp net = o.training().retraining().result().network();
        StringBuilder sizes = new StringBuilder();
        for (int c = 0; c < d.classes().size(); c++) {
            sizes.append(c == 0 ? "" : ", ").append(d.classes().get(c)).append(' ').append(d.classSizes()[c]);
        }
        StringBuilder layers = new StringBuilder();
        for (int s : net.sizes()) {
            layers.append(layers.isEmpty() ? "" : "-").append(s);
        }
        h.raw("<h2>Setup</h2>\n<table>\n");
        row(h, "Cohort", op.cohort().toAbsolutePath().normalize().toString());
        row(h, "Subjects", d.subjects() + " (" + sizes + ")");
        row(h, "Regions", d.regions().size() + " (features: " + d.features().name() + ", "
                + d.features().description() + ")");
        row(h, "Network", layers + " (hidden " + op.activation() + ", output softmax)");
        row(h, "Training", o.training().retraining().settings().engine() + " engine, Adam, learning rate "
                + op.learningRate() + ", L2 " + op.l2() + ", " + op.epochs() + " epochs, full batch");
        row(h, "Evaluation", op.folds() + "-fold stratified cross-validation, z-score fitted on each fold's "
                + "training subjects only; the final model is trained on all subjects");
        row(h, "Seed", Long.toString(op.seed()));
        row(h, "Method", o.method().name() + " (--method " + o.method().id() + ")");
        h.raw("</table>\n");
    }

    private static void row(Html h, String key, String value) {
        h.raw("<tr><th class=\"l\">").text(key).raw("</th><td class=\"l\">").text(value).raw("</td></tr>\n");
    }

    private static void metrics(Html h, CvResult cv, AnalysisData d, Outcome o) {
        h.raw("<h2>Cross-validated metrics</h2>\n<div class=\"flex\">\n<table>\n<tr><th class=\"l\">metric</th>"
                + "<th>mean</th><th>sd</th></tr>\n");
        metric(h, "accuracy", cv.accuracy().mean(), cv.accuracy().sd());
        metric(h, "balanced accuracy", cv.balancedAccuracy().mean(), cv.balancedAccuracy().sd());
        metric(h, "AUC", cv.auc().mean(), cv.auc().sd());
        metric(h, "final model, training accuracy", o.training().retraining().training().accuracy(), Double.NaN);
        h.raw("</table>\n<table>\n<tr><th class=\"l\">true \\ predicted</th>");
        for (String c : d.classes()) {
            h.raw("<th>").text(c).raw("</th>");
        }
        h.raw("</tr>\n");
        int[][] m = cv.confusion();
        for (int i = 0; i < m.length; i++) {
            h.raw("<tr><th class=\"l\">").text(d.classes().get(i)).raw("</th>");
            for (int v : m[i]) {
                h.raw("<td>").text(Integer.toString(v)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n</div>\n<h2>Folds</h2>\n<table>\n<tr><th>fold</th><th>test subjects</th><th>accuracy</th>"
                + "<th>balanced accuracy</th><th>AUC</th><th>epochs</th></tr>\n");
        for (FoldResult f : cv.folds()) {
            h.raw("<tr><td>" + (f.fold() + 1) + "</td><td>" + f.test().length + "</td><td>")
                    .text(Markup.num(f.accuracy(), 3)).raw("</td><td>").text(Markup.num(f.balancedAccuracy(), 3))
                    .raw("</td><td>").text(Markup.num(f.auc(), 3)).raw("</td><td>" + f.epochs() + "</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void metric(Html h, String name, double mean, double sd) {
        h.raw("<tr><th class=\"l\">").text(name).raw("</th><td>").text(Markup.num(mean, 3)).raw("</td><td>")
                .text(Markup.num(sd, 3)).raw("</td></tr>\n");
    }

    private static void brains(Html h, BrainFigures b) {
        h.raw("<h2>Brain renderings</h2>\n");
        if (!b.present()) {
            h.raw("<p class=\"note\">").text(b.note()).raw("</p>\n");
            return;
        }
        for (int c = 0; c < b.files().size(); c++) {
            h.raw("<div class=\"flex\">\n");
            for (int v = 0; v < b.files().get(c).size(); v++) {
                String f = b.files().get(c).get(v);
                h.raw("<figure><a href=\"").text(f).raw("\"><img src=\"").text(f).raw("\" alt=\"").text(f)
                        .raw("\" width=\"320\"></a><figcaption>").text(b.views().get(v) + " (" + f + ")")
                        .raw("</figcaption></figure>\n");
            }
            h.raw("</div>\n");
        }
    }

    private static void faithfulness(Html h, Outcome o) {
        h.raw("<h2>Faithfulness (ROI deletion)</h2>\n<p class=\"note\">").text("Each subject is explained by the "
                + "model of the fold in which it was held out, from the output node of its own class; regions are "
                + "replaced by the fold's training mean in order of the map (most relevant first, MoRF; least relevant "
                + "first, LeRF; random) and AOPC is the mean drop of that class's probability. Faithful maps have a "
                + "high MoRF AOPC, a low LeRF AOPC, and random in between. Values: mean over the held-out subjects.")
                .raw("</p>\n<table>\n<tr><th class=\"l\">method</th><th class=\"l\">class</th><th>subjects</th>"
                        + "<th>AOPC MoRF</th><th>AOPC LeRF</th><th>AOPC random</th></tr>\n");
        for (FaithfulnessRow r : o.faithfulness()) {
            boolean chosen = r.method().equals(o.method().id());
            h.raw(chosen ? "<tr style=\"font-weight:bold\">" : "<tr>").raw("<td class=\"l\">").text(name(o, r.method()))
                    .raw("</td><td class=\"l\">").text(r.className()).raw("</td><td>" + r.subjects() + "</td><td>")
                    .text(Markup.num(r.aopcMorf(), 4)).raw("</td><td>").text(Markup.num(r.aopcLerf(), 4))
                    .raw("</td><td>").text(Markup.num(r.aopcRandom(), 4)).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private static String name(Outcome o, String id) {
        for (MethodDescriptor m : o.methods()) {
            if (m.id().equals(id)) {
                return m.name();
            }
        }
        return id;
    }

    private static void legend(Html h, Outcome o) {
        h.raw("<h2>Legend</h2>\n<ul>\n<li>").text(o.method().name() + ": " + o.legend()).raw("</li>\n<li>")
                .text("Degenerate cases of the paper's rule (policy in force): " + ImportancePolicy.DEFAULT.legend()
                        + ". Standardised inputs below the mean are negative, so the rule uses their magnitude.")
                .raw("</li>\n<li>").text("importance.csv holds |class map| normalised to sum 1 per class; for "
                        + (o.method().signed() ? "this signed method the signed class means are in "
                                + ReportFiles.IMPORTANCE_SIGNED : "this method the values are already non-negative "
                                + "and sum to 1 (" + ReportFiles.IMPORTANCE_SIGNED + " keeps them unrounded)") + ".")
                .raw("</li>\n<li>").text("Files: " + String.join(", ", List.of(ReportFiles.METRICS,
                        ReportFiles.IMPORTANCE, ReportFiles.IMPORTANCE_SIGNED, ReportFiles.FAITHFULNESS,
                        ReportFiles.HEATMAP, ReportFiles.MODEL)) + "; ./glia explain " + ReportFiles.MODEL
                        + " --subject ID --node LAYER:INDEX shows one subject's map of any node.")
                .raw("</li>\n</ul>\n");
    }

    /** The planted regions of the cohort, as a set. */
    static Set<String> planted(AnalysisData d) {
        return new HashSet<>(d.cohort().plantedRegions());
    }
}
