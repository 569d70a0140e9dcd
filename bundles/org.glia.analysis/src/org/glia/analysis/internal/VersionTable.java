package org.glia.analysis.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Study;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * versions.json: one object per version of the study, oldest first: {@code version}, {@code parent} (null for the
 * first), {@code layers} (node counts, input first), {@code folds} (0: the figures are training-set scores),
 * {@code accuracy}, {@code balanced_accuracy}, {@code auc} (null where undefined).
 */
public final class VersionTable {

    /** The file name written into the output folder. */
    public static final String FILE = "versions.json";

    private VersionTable() {
    }

    /** The table of {@code study} (an empty array for null). */
    public static JsonArray of(Study study) {
        JsonArray all = new JsonArray();
        if (study == null) {
            return all;
        }
        for (ModelVersion v : study.getVersions()) {
            JsonObject o = new JsonObject();
            o.addProperty("version", v.getId());
            o.add("parent", v.getParent() == null ? JsonNull.INSTANCE : new JsonPrimitive(v.getParent().getId()));
            JsonArray layers = new JsonArray();
            if (v.getNetwork() != null) {
                for (int n : Networks.sizes(v.getNetwork())) {
                    layers.add(n);
                }
            }
            o.add("layers", layers);
            Metrics m = v.getMetrics();
            o.addProperty("folds", m == null ? 0 : m.getFolds());
            o.add("accuracy", number(m == null ? Double.NaN : m.getAccuracy()));
            o.add("balanced_accuracy", number(m == null ? Double.NaN : m.getBalancedAccuracy()));
            o.add("auc", number(m == null ? Double.NaN : m.getAuc()));
            all.add(o);
        }
        return all;
    }

    private static JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }

    /** Writes the table of {@code study} to {@code folder}/versions.json (via a temporary file) and returns it. */
    public static Path write(Study study, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(FILE);
        Path tmp = Files.createTempFile(folder, ".versions", ".tmp");
        try {
            String text = new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(of(study)) + "\n";
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
