package org.glia.cohort;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.glia.atlas.LabelTable;

/**
 * A validated cohort: subjects in participants.tsv order, each with a connectome whose rows follow the
 * label table, plus what the cohort directory says about itself. Immutable.
 */
public final class Cohort {

    private final Path directory;
    private final List<Subject> subjects;
    private final LabelTable labels;
    private final Path atlas;
    private final String measure;
    private final List<String> formats;
    private final List<String> plantedRegions;
    private final List<String> warnings;

    /**
     * A cohort; {@link CohortLoader} makes them from directories, tests and tools may build them directly.
     *
     * @param directory      the cohort directory, or {@code null} for an in-memory cohort
     * @param subjects       the subjects, in order; every matrix must have {@code labels.size()} rows
     * @param labels         the regions, in matrix row order
     * @param atlas          the label volume, or {@code null}
     * @param measure        what the weights measure, e.g. "fibre density"
     * @param formats        the matrix format names the subjects were read from
     * @param plantedRegions region names cohort.json declares as planted (simulated effects), else empty
     * @param warnings       what the user should know about the load (e.g. symmetrisation)
     */
    public Cohort(Path directory, List<Subject> subjects, LabelTable labels, Path atlas, String measure,
            List<String> formats, List<String> plantedRegions, List<String> warnings) {
        this.directory = directory;
        this.subjects = List.copyOf(subjects);
        this.labels = Objects.requireNonNull(labels, "labels");
        this.atlas = atlas;
        this.measure = Objects.requireNonNull(measure, "measure");
        this.formats = List.copyOf(formats);
        this.plantedRegions = List.copyOf(plantedRegions);
        this.warnings = List.copyOf(warnings);
        for (Subject s : this.subjects) {
            if (s.matrix().size() != labels.size()) {
                throw new IllegalArgumentException("subject " + s.id() + " has " + s.matrix().size()
                        + " regions, the labels " + labels.size());
            }
        }
    }

    /** The directory the cohort was loaded from, or {@code null}. */
    public Path directory() {
        return directory;
    }

    /** The subjects in participants.tsv order. */
    public List<Subject> subjects() {
        return subjects;
    }

    /** The subject with this id, if any. */
    public Optional<Subject> subject(String id) {
        return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The regions in matrix row order. */
    public LabelTable labels() {
        return labels;
    }

    /** Number of regions (matrix size). */
    public int regionCount() {
        return labels.size();
    }

    /** The atlas label volume, or {@code null} when the cohort has none. */
    public Path atlas() {
        return atlas;
    }

    /** What the weights measure. */
    public String measure() {
        return measure;
    }

    /** The names of the matrix formats read (e.g. "CSV"). */
    public List<String> formats() {
        return formats;
    }

    /** Regions with a planted (simulated) effect, from cohort.json; empty for real data. */
    public List<String> plantedRegions() {
        return plantedRegions;
    }

    /** Warnings of the load, one sentence each. */
    public List<String> warnings() {
        return warnings;
    }

    /** Subjects per diagnosis, in order of first appearance. */
    public Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Subject s : subjects) {
            counts.merge(s.diagnosis(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        return "Cohort[" + subjects.size() + " subjects, " + labels.size() + " regions, " + classCounts() + "]";
    }
}
