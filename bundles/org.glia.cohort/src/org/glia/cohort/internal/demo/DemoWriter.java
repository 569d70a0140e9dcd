package org.glia.cohort.internal.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.LabelTable;
import org.glia.atlas.LabelTables;
import org.glia.atlas.NiftiVolume;
import org.glia.atlas.NiftiWriter;
import org.glia.atlas.Region;
import org.glia.cohort.ConnectomeMatrix;
import org.glia.cohort.demo.DemoCohort;
import org.glia.cohort.demo.DemoSettings;
import org.glia.cohort.demo.DemoSubject;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Writes a generated demo cohort as a cohort directory, byte for byte the same for the same cohort. */
public final class DemoWriter {

    /** Version of the generator's model, written into cohort.json; bump when the output changes. */
    public static final int MODEL_VERSION = 2;

    private final DemoCohort cohort;

    /** A writer for {@code cohort}. */
    public DemoWriter(DemoCohort cohort) {
        this.cohort = cohort;
    }

    /** Writes every file into {@code out}; {@code atlas} (may be null) becomes atlas.nii.gz. */
    public void write(Path out, NiftiVolume atlas, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing files", cohort.subjects().size() + 3);
        Path folder = out.resolve("connectomes");
        Files.createDirectories(folder);
        writeParticipants(out.resolve("participants.tsv"));
        LabelTables.writeTsv(labels(), out.resolve("labels.tsv"));
        if (atlas != null) {
            NiftiWriter.write(atlas, out.resolve("atlas.nii.gz"));
        }
        Files.writeString(out.resolve("cohort.json"), json(atlas != null), StandardCharsets.UTF_8);
        progress.split(3);
        for (DemoSubject s : cohort.subjects()) {
            progress.split(1);
            writeMatrix(folder.resolve(s.id() + ".csv"), s.matrix());
        }
    }

    private LabelTable labels() {
        return LabelTable.of(cohort.regions().stream()
                .map(r -> new Region(r.index(), r.name(), r.hemisphere(), r.rgb())).toList());
    }

    private void writeParticipants(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("participant_id\tdiagnosis\tage\tsex\n");
            for (DemoSubject s : cohort.subjects()) {
                w.write(s.id() + "\t" + s.diagnosis() + "\t" + s.age() + "\t" + s.sex() + "\n");
            }
        }
    }

    private static void writeMatrix(Path file, ConnectomeMatrix m) throws IOException {
        int n = m.size();
        StringBuilder sb = new StringBuilder(n * n * 8);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sb.append(j == 0 ? "" : ",").append(NumberText.format(m.get(i, j)));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.US_ASCII);
    }

    private String json(boolean withAtlas) {
        DemoSettings s = cohort.settings();
        JsonObject o = new JsonObject();
        o.addProperty("description", "Synthetic demo cohort written by 'glia demo-data': simulated connectomes, "
                + "not real participants. See docs/demo-cohort.md.");
        o.addProperty("measure", "fibre density (simulated)");
        o.addProperty("labels", "labels.tsv");
        if (withAtlas) {
            o.addProperty("atlas", "atlas.nii.gz");
        }
        JsonArray planted = new JsonArray();
        s.plantedRegions().forEach(planted::add);
        o.add("planted_regions", planted);
        JsonObject g = new JsonObject();
        g.addProperty("name", "glia demo-data");
        g.addProperty("model_version", MODEL_VERSION);
        g.addProperty("seed", cohort.seed());
        g.addProperty("regions", cohort.regions().size());
        g.addProperty("base_density", Math.round(cohort.density() * 1e4) / 1e4);
        for (var e : List.of(
                entry("density", s.density()), entry("probability_scale_mm", s.probabilityScale()),
                entry("weight_scale_mm", s.weightScale()), entry("homotopic_weight", s.homotopicWeight()),
                entry("template_spread", s.templateSpread()), entry("edge_noise", s.edgeNoise()),
                entry("region_noise", s.regionNoise()), entry("global_noise", s.globalNoise()),
                entry("system_noise", s.systemNoise()),
                entry("dropout", s.dropout()), entry("ad_effect", s.adEffect()),
                entry("mci_fraction", s.mciFraction()), entry("severity_spread", s.severitySpread()))) {
            g.addProperty(e.getKey(), e.getValue());
        }
        o.add("generator", g);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static java.util.Map.Entry<String, Double> entry(String k, double v) {
        return java.util.Map.entry(k, v);
    }
}
