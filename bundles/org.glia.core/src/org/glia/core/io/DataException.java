package org.glia.core.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Thrown when user data is refused; carries every problem found so the user can fix them at once.
 * <p>
 * {@link #getMessage()} is the full report, one problem a line, suitable for a terminal or a dialog
 * (never a stack trace).
 */
public final class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DataProblem> problems;
    private final int dropped;

    /** Creates an exception for a list of problems, {@code dropped} more having been cut. */
    public DataException(String summary, List<DataProblem> problems, int dropped) {
        super(format(summary, problems, dropped));
        this.problems = List.copyOf(problems);
        this.dropped = dropped;
    }

    /** Creates an exception for one problem in one file. */
    public DataException(Path file, String location, String message) {
        this(message, List.of(new DataProblem(file, location, message)), 0);
    }

    /** Creates an exception for one problem in one file, without a position. */
    public DataException(Path file, String message) {
        this(file, "", message);
    }

    /** The problems, in the order found. */
    public List<DataProblem> problems() {
        return problems;
    }

    /** How many further problems were found but not kept. */
    public int dropped() {
        return dropped;
    }

    private static String format(String summary, List<DataProblem> problems, int dropped) {
        if (problems.size() == 1 && dropped == 0 && problems.get(0).message().equals(summary)) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder(summary);
        sb.append(" (").append(problems.size() + dropped).append(problems.size() + dropped == 1 ? " problem)" : " problems)");
        for (DataProblem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p);
        }
        if (dropped > 0) {
            sb.append(System.lineSeparator()).append("  ... and ").append(dropped).append(" more");
        }
        return sb.toString();
    }
}
