package org.glia.cohort.internal;

import java.util.Map;

/**
 * One row of participants.tsv, before its matrix is attached.
 *
 * @param id        participant_id
 * @param diagnosis diagnosis
 * @param extra     the other columns, in header order
 * @param line      the 1-based line in participants.tsv, for messages
 */
public record Participant(String id, String diagnosis, Map<String, String> extra, int line) {
}
