package org.glia.cohort.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.glia.cohort.MatrixLayout;
import org.glia.cohort.SubjectAxis;
import org.glia.core.io.DataProblems;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a cohort's optional cohort.json says (see docs/demo-cohort.md for every key); defaults when the
 * file is absent.
 *
 * @param atlas          atlas path relative to the cohort, or {@code null} for atlas.nii.gz if present
 * @param labels         label table path relative to the cohort (default labels.tsv)
 * @param measure        what the weights measure
 * @param matrices       how matrices are stored
 * @param plantedRegions region names with a simulated effect
 * @param description    free text, or {@code null}
 */
public record CohortSpec(String atlas, String labels, String measure, Matrices matrices, List<String> plantedRegions,
        String description) {

    /** Name of the optional description file inside a cohort directory. */
    public static final String FILE_NAME = "cohort.json";

    /**
     * The {@code matrices} object.
     *
     * @param file        one file holding every subject's matrix, or {@code null} for connectomes/ files
     * @param variable    the variable of a multi-variable file (MATLAB), or {@code null}
     * @param layout      how values map to matrices
     * @param subjectAxis which axis runs over subjects, or {@code null} to decide from the shape
     * @param indexColumn participants.tsv column giving each subject's 0-based position in {@code file}, or
     *                    {@code null} for "the k-th participant is the k-th matrix"
     */
    public record Matrices(String file, String variable, MatrixLayout layout, SubjectAxis subjectAxis,
            String indexColumn) {
    }

    private static final Set<String> KEYS = Set.of("atlas", "labels", "measure", "matrices", "planted_regions",
            "description", "generator");
    private static final Set<String> MATRIX_KEYS = Set.of("file", "variable", "layout", "subject_axis",
            "index_column");

    /** The defaults of a cohort without cohort.json. */
    public static CohortSpec defaults() {
        return new CohortSpec(null, "labels.tsv", "connectivity",
                new Matrices(null, null, MatrixLayout.AUTO, null, null), List.of(), null);
    }

    /** Reads {@code file}, adding faults to {@code problems} and unknown keys to {@code warnings}. */
    public static CohortSpec read(Path file, DataProblems problems, List<String> warnings) {
        CohortSpec d = defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        JsonObject root;
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                problems.add(file, "", "expected a JSON object {...}");
                return d;
            }
            root = e.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            problems.add(file, "", "not valid JSON: " + e.getMessage());
            return d;
        }
        Fields f = new Fields(file, problems);
        for (String key : root.keySet()) {
            if (!KEYS.contains(key)) {
                warnings.add(file.getFileName() + ": unknown key '" + key + "' ignored");
            }
        }
        Matrices m = d.matrices();
        if (root.has("matrices")) {
            JsonObject mo = f.object(root, "matrices");
            if (mo != null) {
                for (String key : mo.keySet()) {
                    if (!MATRIX_KEYS.contains(key)) {
                        warnings.add(file.getFileName() + ": unknown key 'matrices." + key + "' ignored");
                    }
                }
                m = matrices(mo, f);
            }
        }
        List<String> planted = root.has("planted_regions") ? f.strings(root, "planted_regions") : List.of();
        return new CohortSpec(f.string(root, "atlas", null), f.string(root, "labels", d.labels()),
                f.string(root, "measure", d.measure()), m, planted, f.string(root, "description", null));
    }

    private static Matrices matrices(JsonObject mo, Fields f) {
        MatrixLayout layout = MatrixLayout.AUTO;
        String layoutKey = f.string(mo, "layout", null);
        if (layoutKey != null) {
            layout = MatrixLayout.byKey(layoutKey);
            if (layout == null) {
                f.problem("matrices.layout", "unknown layout '" + layoutKey
                        + "': use auto, square, stack, upper-tri-diag or upper-tri");
                layout = MatrixLayout.AUTO;
            }
        }
        SubjectAxis axis = null;
        String axisKey = f.string(mo, "subject_axis", null);
        if (axisKey != null) {
            axis = SubjectAxis.byKey(axisKey);
            if (axis == null) {
                f.problem("matrices.subject_axis", "unknown subject axis '" + axisKey
                        + "': use first (rows) or last (columns)");
            }
        }
        String indexColumn = f.string(mo, "index_column", null);
        String file = f.string(mo, "file", null);
        if (indexColumn != null && file == null) {
            f.problem("matrices.index_column", "only meaningful together with matrices.file");
        }
        return new Matrices(file, f.string(mo, "variable", null), layout, axis, indexColumn);
    }

    /** Typed access to JSON members that reports wrong types. */
    private record Fields(Path file, DataProblems problems) {

        void problem(String key, String message) {
            problems.add(file, key, message);
        }

        String string(JsonObject o, String key, String fallback) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return fallback;
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                problem(key, "expected a non-empty string, found " + e);
                return fallback;
            }
            return e.getAsString().strip();
        }

        JsonObject object(JsonObject o, String key) {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonObject()) {
                problem(key, "expected an object {...}, found " + e);
                return null;
            }
            return e.getAsJsonObject();
        }

        List<String> strings(JsonObject o, String key) {
            JsonElement e = o.get(key);
            List<String> out = new ArrayList<>();
            if (e == null || !e.isJsonArray()) {
                problem(key, "expected an array of strings, found " + e);
                return out;
            }
            for (JsonElement item : e.getAsJsonArray()) {
                if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                    out.add(item.getAsString());
                } else {
                    problem(key, "expected a string, found " + item);
                }
            }
            return out;
        }
    }
}
