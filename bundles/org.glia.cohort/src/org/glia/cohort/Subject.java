package org.glia.cohort;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One participant of a cohort with their diagnosis, the other participants.tsv columns and their
 * connectome.
 *
 * @param id        the participant_id, unique in the cohort
 * @param diagnosis the diagnosis (class label), e.g. HC, MCI, AD; never blank
 * @param extra     the other participants.tsv columns in file order (column name to cell), unmodifiable
 * @param matrix    the validated connectome
 */
public record Subject(String id, String diagnosis, Map<String, String> extra, ConnectomeMatrix matrix) {

    /** Checks the components and freezes {@code extra}, keeping its order. */
    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(matrix, "matrix");
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra == null ? Map.of() : extra));
    }
}
