package org.glia.cohort.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.LabelTable;
import org.glia.atlas.LabelTables;
import org.glia.cohort.Cohort;
import org.glia.cohort.ConnectomeMatrix;
import org.glia.cohort.ConnectomeReaders;
import org.glia.cohort.LoadOptions;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.cohort.Subject;
import org.glia.core.io.DataException;
import org.glia.core.io.DataProblems;

/** One run of loading a cohort directory: reads every part, validates it all, then builds the Cohort. */
public final class CohortLoad {

    private final Path dir;
    private final LoadOptions options;
    private final DataProblems problems;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> formats = new LinkedHashSet<>();
    private final Map<String, ConnectomeMatrix> matrices = new HashMap<>();
    private final Map<String, Path> sources = new HashMap<>();
    private final Set<String> listedIds = new HashSet<>();
    private int symmetrised;
    private double worstAsymmetry;
    private String worstSubject;

    /** Prepares loading {@code dir}. */
    public CohortLoad(Path dir, LoadOptions options) {
        this.dir = dir;
        this.options = options;
        this.problems = new DataProblems(options.problemLimit());
    }

    /** Loads, or throws every fault found. */
    public Cohort run(IProgressMonitor monitor) throws DataException {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading cohort " + dir.getFileName(), 100);
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir, "not a cohort: no such folder");
        }
        CohortSpec spec = CohortSpec.read(dir.resolve(CohortSpec.FILE_NAME), problems, warnings);
        List<Participant> participants = ParticipantsTable.read(dir.resolve(ParticipantsTable.FILE_NAME), problems,
                listedIds);
        Path labelFile = dir.resolve(spec.labels());
        LabelTable labels = null;
        try {
            labels = LabelTables.read(labelFile);
        } catch (DataException e) {
            problems.addAll(e);
        }
        Path atlas = atlas(spec);
        if (labels != null) {
            checkPlanted(spec, labels);
        }
        progress.worked(5);
        int n = labels == null ? 0 : labels.size();
        MatrixChecks checks = new MatrixChecks(n, labelFile.getFileName().toString(), options.symmetrise(), problems);
        ConnectomeReaders readers = options.effectiveReaders();
        SubMonitor rest = progress.split(95).setWorkRemaining(Math.max(1, participants.size()));
        if (spec.matrices().file() != null) {
            new StackedMatrices(this, spec, participants, readers, checks, n).read(rest);
        } else {
            readFiles(spec, participants, readers, checks, n, rest);
        }
        if (n == 0) {
            checkSameSize();
        }
        if (symmetrised > 0) {
            warnings.add(String.format(Locale.ROOT, "symmetrise option applied: %d of %d matrices were not "
                    + "symmetric and were replaced by (A + A^T)/2 (largest relative difference %.3g, subject %s)",
                    symmetrised, matrices.size(), worstAsymmetry, worstSubject));
        }
        problems.throwIfAny("Cohort " + dir + " refused");
        List<Subject> subjects = new ArrayList<>();
        for (Participant p : participants) {
            subjects.add(new Subject(p.id(), p.diagnosis(), p.extra(), matrices.get(p.id())));
        }
        return new Cohort(dir, subjects, labels, atlas, spec.measure(), List.copyOf(formats), spec.plantedRegions(),
                warnings);
    }

    private void readFiles(CohortSpec spec, List<Participant> participants, ConnectomeReaders readers,
            MatrixChecks checks, int n, SubMonitor progress) {
        Path folder = dir.resolve(MatrixFiles.FOLDER);
        Map<String, MatrixFiles.Found> files = MatrixFiles.list(folder, readers, problems, warnings);
        for (Participant p : participants) {
            progress.split(1);
            MatrixFiles.Found f = files.get(p.id());
            if (f == null) {
                if (Files.isDirectory(folder)) {
                    problems.add(dir.resolve(ParticipantsTable.FILE_NAME), "line " + p.line(), "participant '" + p.id()
                            + "' has no matrix in " + MatrixFiles.FOLDER + "/");
                }
                continue;
            }
            MatrixSource source = new MatrixSource(f.file(), spec.matrices().variable(), n, options.maxBytes());
            NumericArray a = read(f.match().entry(), source);
            if (a == null) {
                continue;
            }
            try {
                RawMatrix m = new LayoutDecoder(f.file(), n).single(a, spec.matrices().layout());
                accept(p.id(), f.file(), checks.check(m, f.file(), ""));
                formats.add(f.match().entry().name());
            } catch (DataException e) {
                problems.addAll(e);
            }
        }
        for (Map.Entry<String, MatrixFiles.Found> e : files.entrySet()) {
            if (!listedIds.contains(e.getKey())) {
                problems.add(e.getValue().file(), "", "no participant '" + e.getKey() + "' in "
                        + ParticipantsTable.FILE_NAME);
            }
        }
    }

    /** Runs a reader, turning its failures (including a contributed reader's bugs) into problems. */
    NumericArray read(ConnectomeReaders.Entry reader, MatrixSource source) {
        try {
            return reader.reader().read(source);
        } catch (DataException e) {
            problems.addAll(e);
        } catch (RuntimeException | OutOfMemoryError e) {
            problems.add(source.file(), "", "the " + reader.name() + " reader (" + reader.id() + ") failed: " + e);
        }
        return null;
    }

    /** Records an accepted matrix (null when refused). */
    void accept(String id, Path file, MatrixChecks.Accepted accepted) {
        if (accepted == null) {
            return;
        }
        matrices.put(id, accepted.matrix());
        sources.put(id, file);
        if (accepted.asymmetricPairs() > 0) {
            symmetrised++;
            if (worstSubject == null || accepted.worstRelative() > worstAsymmetry) {
                worstAsymmetry = accepted.worstRelative();
                worstSubject = id;
            }
        }
    }

    void format(String name) {
        formats.add(name);
    }

    DataProblems problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    Path directory() {
        return dir;
    }

    LoadOptions options() {
        return options;
    }

    private Path atlas(CohortSpec spec) {
        if (spec.atlas() != null) {
            Path a = dir.resolve(spec.atlas());
            if (!Files.isRegularFile(a)) {
                problems.add(dir.resolve(CohortSpec.FILE_NAME), "atlas", "atlas file " + a + " not found");
                return null;
            }
            return a;
        }
        Path a = dir.resolve("atlas.nii.gz");
        return Files.isRegularFile(a) ? a : null;
    }

    private void checkPlanted(CohortSpec spec, LabelTable labels) {
        for (String r : spec.plantedRegions()) {
            if (labels.byName(r).isEmpty()) {
                problems.add(dir.resolve(CohortSpec.FILE_NAME), "planted_regions", "'" + r + "' is not a region of "
                        + spec.labels());
            }
        }
    }

    /** Without labels the matrices must still agree with each other: report those off the most common size. */
    private void checkSameSize() {
        Map<Integer, Integer> bySize = new LinkedHashMap<>();
        matrices.values().forEach(m -> bySize.merge(m.size(), 1, Integer::sum));
        if (bySize.size() <= 1) {
            return;
        }
        int common = bySize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        matrices.forEach((id, m) -> {
            if (m.size() != common) {
                problems.add(sources.get(id), "subject " + id, "matrix is " + m.size() + " x " + m.size()
                        + " but most subjects have " + common + " x " + common);
            }
        });
    }
}
