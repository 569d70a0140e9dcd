package org.glia.cohort.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.glia.cohort.ConnectomeReaders;
import org.glia.cohort.MatrixSource;
import org.glia.cohort.NumericArray;
import org.glia.core.io.DataException;

/**
 * Reads the one file holding every subject's matrix (cohort.json {@code matrices.file}) and hands each
 * participant their matrix: the k-th participant gets the k-th matrix, or the one at the position given
 * in the participants.tsv column named by {@code matrices.index_column} (0-based).
 */
final class StackedMatrices {

    private final CohortLoad load;
    private final CohortSpec spec;
    private final List<Participant> participants;
    private final ConnectomeReaders readers;
    private final MatrixChecks checks;
    private final int regions;

    StackedMatrices(CohortLoad load, CohortSpec spec, List<Participant> participants, ConnectomeReaders readers,
            MatrixChecks checks, int regions) {
        this.load = load;
        this.spec = spec;
        this.participants = participants;
        this.readers = readers;
        this.checks = checks;
        this.regions = regions;
    }

    void read(SubMonitor progress) {
        Path file = load.directory().resolve(spec.matrices().file());
        Path json = load.directory().resolve(CohortSpec.FILE_NAME);
        var match = readers.match(file.getFileName().toString());
        if (match.isEmpty()) {
            load.problems().add(json, "matrices.file", "no matrix reader for " + file.getFileName()
                    + " (readers exist for: " + String.join(", ", readers.extensions()) + ")");
            return;
        }
        if (java.nio.file.Files.isDirectory(load.directory().resolve(MatrixFiles.FOLDER))) {
            load.warnings().add(MatrixFiles.FOLDER + "/ ignored: cohort.json names " + spec.matrices().file()
                    + " as the file holding every matrix");
        }
        NumericArray a = load.read(match.get().entry(), new MatrixSource(file, spec.matrices().variable(), regions,
                load.options().maxBytes()));
        if (a == null) {
            return;
        }
        List<RawMatrix> all;
        try {
            all = new LayoutDecoder(file, regions).all(a, spec.matrices().layout(), spec.matrices().subjectAxis());
        } catch (DataException e) {
            load.problems().addAll(e);
            return;
        }
        int[] position = positions(all.size(), json);
        if (position == null) {
            return;
        }
        load.format(match.get().entry().name());
        for (int p = 0; p < participants.size(); p++) {
            progress.split(1);
            if (position[p] < 0) {
                continue;
            }
            String id = participants.get(p).id();
            String where = "subject " + id + " (matrix " + (position[p] + 1) + " of " + all.size() + ")";
            load.accept(id, file, checks.check(all.get(position[p]), file, where));
        }
    }

    /** Each participant's matrix position, or null after reporting why the pairing is impossible. */
    private int[] positions(int available, Path json) {
        int[] pos = new int[participants.size()];
        Path table = load.directory().resolve(ParticipantsTable.FILE_NAME);
        String column = spec.matrices().indexColumn();
        if (column == null) {
            if (available != participants.size()) {
                load.problems().add(json, "matrices.file", spec.matrices().file() + " holds " + available
                        + " matrices but " + ParticipantsTable.FILE_NAME + " lists " + participants.size()
                        + " participants (set matrices.index_column to pick matrices by position)");
                return null;
            }
            for (int p = 0; p < pos.length; p++) {
                pos[p] = p;
            }
            return pos;
        }
        Map<Integer, String> owner = new HashMap<>();
        boolean ok = true;
        for (int p = 0; p < pos.length; p++) {
            Participant part = participants.get(p);
            String cell = part.extra().get(column);
            pos[p] = -1;
            if (cell == null) {
                load.problems().add(table, "", "no column '" + column
                        + "' (named by cohort.json matrices.index_column)");
                return null;
            }
            try {
                int k = Integer.parseInt(cell.strip());
                if (k < 0 || k >= available) {
                    load.problems().add(table, "line " + part.line(), column + " " + k + " is outside 0.."
                            + (available - 1) + " (" + spec.matrices().file() + " holds " + available + " matrices)");
                    ok = false;
                } else if (owner.putIfAbsent(k, part.id()) != null) {
                    load.problems().add(table, "line " + part.line(), "participant '" + part.id() + "' uses matrix "
                            + k + " of " + spec.matrices().file() + ", as does '" + owner.get(k) + "'");
                    ok = false;
                } else {
                    pos[p] = k;
                }
            } catch (NumberFormatException e) {
                load.problems().add(table, "line " + part.line(), column + " must be a whole number, found '"
                        + cell + "'");
                ok = false;
            }
        }
        if (ok && owner.size() < available) {
            load.warnings().add((available - owner.size()) + " of " + available + " matrices in "
                    + spec.matrices().file() + " belong to no participant and were not loaded");
        }
        return pos;
    }
}
