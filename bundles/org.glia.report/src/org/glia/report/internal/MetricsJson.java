package org.glia.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glia.core.nn.Mlp;
import org.glia.report.AnalysisOptions;
import org.glia.train.eval.CvResult;
import org.glia.train.eval.FoldResult;
import org.glia.train.retrain.Retraining;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes metrics.json: the mean cross-validated scores (with their fold standard deviations), every fold, the
 * summed confusion matrix, what was analysed and, when run, the permutation test. Undefined values (an AUC
 * of a fold without both classes) are {@code null}; folds are numbered from 1.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /** The JSON object. */
    public static JsonObject build(AnalysisData data, AnalysisOptions options, Retraining r, PermutationTest permutation) {
        CvResult cv = r.cv();
        JsonObject o = new JsonObject();
        o.add("accuracy", num(cv.accuracy().mean()));
        o.add("balanced_accuracy", num(cv.balancedAccuracy().mean()));
        o.add("auc", num(cv.auc().mean()));
        o.add("accuracy_sd", num(cv.accuracy().sd()));
        o.add("balanced_accuracy_sd", num(cv.balancedAccuracy().sd()));
        o.add("auc_sd", num(cv.auc().sd()));
        if (permutation != null) {
            o.add("p_value", num(permutation.pValue()));
        }
        JsonArray folds = new JsonArray();
        for (FoldResult f : cv.folds()) {
            JsonObject fold = new JsonObject();
            fold.addProperty("fold", f.fold() + 1);
            fold.addProperty("test_size", f.test().length);
            fold.add("accuracy", num(f.accuracy()));
            fold.add("balanced_accuracy", num(f.balancedAccuracy()));
            fold.add("auc", num(f.auc()));
            fold.addProperty("epochs", f.epochs());
            fold.add("confusion", matrix(f.confusion()));
            folds.add(fold);
        }
        o.add("folds", folds);
        o.add("classes", strings(data));
        o.addProperty("regions", data.regions().size());
        o.addProperty("subjects", data.subjects());
        o.addProperty("seed", options.seed());
        JsonObject sizes = new JsonObject();
        for (int c = 0; c < data.classes().size(); c++) {
            sizes.addProperty(data.classes().get(c), data.classSizes()[c]);
        }
        o.add("class_sizes", sizes);
        o.add("confusion", matrix(cv.confusion()));
        o.add("training_accuracy", num(r.training().accuracy()));
        o.add("network", network(r.result().network(), options));
        o.add("training", training(options, r));
        o.addProperty("method", options.method());
        o.addProperty("features", data.features().name());
        if (permutation != null) {
            JsonObject p = new JsonObject();
            p.addProperty("permutations", permutation.permutations());
            p.add("observed_accuracy", num(permutation.observed()));
            p.add("null_accuracy_mean", num(permutation.nullStat().mean()));
            p.add("null_accuracy_sd", num(permutation.nullStat().sd()));
            p.add("p_value", num(permutation.pValue()));
            o.add("permutation_test", p);
        }
        return o;
    }

    /** Writes the object, pretty printed, with a final newline. */
    public static void write(JsonObject o, Path file) throws IOException {
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static JsonObject network(Mlp net, AnalysisOptions options) {
        JsonObject n = new JsonObject();
        JsonArray layers = new JsonArray();
        for (int s : net.sizes()) {
            layers.add(s);
        }
        n.add("layers", layers);
        n.addProperty("activation", options.activation());
        n.addProperty("output", "softmax");
        return n;
    }

    private static JsonObject training(AnalysisOptions options, Retraining r) {
        JsonObject t = new JsonObject();
        t.addProperty("engine", r.settings().engine());
        t.addProperty("epochs", options.epochs());
        t.add("learning_rate", num(options.learningRate()));
        t.add("l2", num(options.l2()));
        t.addProperty("batch", "full");
        t.addProperty("folds", options.folds());
        t.addProperty("standardisation", "z-score fitted on each fold's training subjects");
        return t;
    }

    private static JsonArray strings(AnalysisData data) {
        JsonArray a = new JsonArray();
        data.classes().forEach(a::add);
        return a;
    }

    private static JsonArray matrix(int[][] m) {
        JsonArray rows = new JsonArray();
        for (int[] row : m) {
            JsonArray r = new JsonArray();
            for (int v : row) {
                r.add(v);
            }
            rows.add(r);
        }
        return rows;
    }

    /** A number, or null when it is not finite (JSON has no NaN). */
    static JsonElement num(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }
}
