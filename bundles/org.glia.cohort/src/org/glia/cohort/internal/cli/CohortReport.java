package org.glia.cohort.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.glia.cohort.Cohort;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What {@code glia check} prints about a valid cohort, as text for people or as one JSON object. */
public final class CohortReport {

    private final Cohort cohort;
    private final AtlasSummary atlas;
    private final List<String> warnings = new ArrayList<>();

    /**
     * A report on {@code cohort}.
     *
     * @param atlas what the atlas volume holds, or {@code null} when the cohort has none
     */
    public CohortReport(Cohort cohort, AtlasSummary atlas) {
        this.cohort = cohort;
        this.atlas = atlas;
        warnings.addAll(cohort.warnings());
        if (atlas != null) {
            warnings.addAll(atlas.warnings(cohort.atlas()));
        }
    }

    /** Lines for a terminal. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        line(sb, "Cohort", String.valueOf(cohort.directory()));
        StringBuilder classes = new StringBuilder();
        for (Map.Entry<String, Integer> e : cohort.classCounts().entrySet()) {
            classes.append(classes.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        line(sb, "Subjects", cohort.subjects().size() + " (" + classes + ")");
        line(sb, "Regions", String.valueOf(cohort.regionCount()));
        line(sb, "Atlas", cohort.atlas() == null ? "none" : cohort.atlas().getFileName()
                + (atlas == null ? "" : " (" + atlas.grid() + " voxels)"));
        line(sb, "Measure", cohort.measure());
        line(sb, "Matrix format", String.join(", ", cohort.formats()));
        if (!cohort.plantedRegions().isEmpty()) {
            line(sb, "Planted regions", String.join(", ", cohort.plantedRegions()));
        }
        if (warnings.isEmpty()) {
            line(sb, "Warnings", "none");
        } else {
            line(sb, "Warnings", String.valueOf(warnings.size()));
            warnings.forEach(w -> sb.append("  - ").append(w).append('\n'));
        }
        return sb.toString();
    }

    /** One JSON object: subjects, regions, classes, atlas, measure, formats, planted_regions, warnings. */
    public String json() {
        JsonObject o = new JsonObject();
        o.addProperty("cohort", String.valueOf(cohort.directory()));
        o.addProperty("subjects", cohort.subjects().size());
        o.addProperty("regions", cohort.regionCount());
        JsonObject classes = new JsonObject();
        cohort.classCounts().forEach(classes::addProperty);
        o.add("classes", classes);
        o.addProperty("atlas", cohort.atlas() == null ? null : cohort.atlas().toString());
        o.addProperty("measure", cohort.measure());
        o.add("formats", array(cohort.formats()));
        o.add("planted_regions", array(cohort.plantedRegions()));
        o.add("warnings", array(warnings));
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create().toJson(o) + "\n";
    }

    private static JsonArray array(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(java.util.Locale.ROOT, "%-16s %s%n", key + ":", value));
    }
}
