package org.glia.cohort.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.glia.cohort.ConnectomeReaders;
import org.glia.core.io.DataProblems;

/**
 * Lists the matrix files of a connectomes/ folder and pairs them with participants by file stem; files
 * without a reader, two files for one participant and files nobody claims are faults.
 */
public final class MatrixFiles {

    /** Name of the per-subject matrix folder inside a cohort directory. */
    public static final String FOLDER = "connectomes";

    /**
     * A participant's matrix file.
     *
     * @param file  the file
     * @param match the reader chosen by its extension
     */
    public record Found(Path file, ConnectomeReaders.Match match) {
    }

    private MatrixFiles() {
    }

    /** The readable files of {@code folder} by participant id (file stem), sorted by name. */
    public static Map<String, Found> list(Path folder, ConnectomeReaders readers, DataProblems problems,
            List<String> warnings) {
        Map<String, Found> byId = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            problems.add(folder, "", "missing: put one matrix per participant here (connectomes/ID.csv, .tsv, "
                    + ".mat, .npy), or name a file holding all of them in cohort.json (matrices.file)");
            return byId;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            problems.add(folder, "", "cannot list: " + e.getMessage());
            return byId;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(f)) {
                warnings.add(f + ": sub-folder ignored");
                continue;
            }
            var match = readers.match(name);
            if (match.isEmpty()) {
                problems.add(f, "", "no matrix reader for this file type (readers exist for: "
                        + String.join(", ", readers.extensions()) + ")");
                continue;
            }
            Found earlier = byId.putIfAbsent(match.get().stem(), new Found(f, match.get()));
            if (earlier != null) {
                problems.add(f, "", "a second matrix for participant '" + match.get().stem() + "' (also "
                        + earlier.file().getFileName() + ")");
            }
        }
        return byId;
    }
}
