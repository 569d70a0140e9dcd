package org.glia.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the faults of one import so that the user sees all of them (up to a limit) in one report.
 * <p>
 * Readers and validators add to it instead of throwing at the first fault; the caller then calls
 * {@link #throwIfAny(String)} before accepting anything, so nothing is ever half-imported.
 */
public final class DataProblems {

    /** Default number of problems kept before the report is cut. */
    public static final int DEFAULT_LIMIT = 50;

    private final int limit;
    private final List<DataProblem> problems = new ArrayList<>();
    private int dropped;

    /** Creates a collector that keeps {@link #DEFAULT_LIMIT} problems. */
    public DataProblems() {
        this(DEFAULT_LIMIT);
    }

    /** Creates a collector that keeps at most {@code limit} problems and counts the rest. */
    public DataProblems(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** Records a problem. */
    public void add(DataProblem problem) {
        if (problems.size() < limit) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** Records a problem at a position in a file. */
    public void add(Path file, String location, String message) {
        add(new DataProblem(file, location, message));
    }

    /** Records every problem of an exception thrown by a nested reader. */
    public void addAll(DataException e) {
        e.problems().forEach(this::add);
        dropped += e.dropped();
    }

    /** True when the limit has been reached, so callers may stop scanning early. */
    public boolean isFull() {
        return problems.size() >= limit;
    }

    /** True when nothing has been recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Number of problems recorded, including those dropped past the limit. */
    public int count() {
        return problems.size() + dropped;
    }

    /** The problems kept, in the order found. */
    public List<DataProblem> list() {
        return Collections.unmodifiableList(problems);
    }

    /** Throws a {@link DataException} holding every problem when there is at least one. */
    public void throwIfAny(String summary) throws DataException {
        if (!problems.isEmpty()) {
            throw new DataException(summary, problems, dropped);
        }
    }
}
