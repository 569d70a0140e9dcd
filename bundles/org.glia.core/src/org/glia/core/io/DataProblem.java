package org.glia.core.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One fault found in user data: the file, where in it, and what is wrong.
 *
 * @param file     the offending file, or {@code null} when the fault is not tied to one file
 * @param location a human readable position (e.g. "row 3, column 7", "subject sub-01"), or empty
 * @param message  what is wrong, phrased for the user
 */
public record DataProblem(Path file, String location, String message) {

    /** Creates a problem; {@code location} may be null and is stored as empty. */
    public DataProblem {
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }

    /** Creates a problem that has no position inside the file. */
    public static DataProblem of(Path file, String message) {
        return new DataProblem(file, "", message);
    }

    /** Formats as {@code file: location: message}, leaving out the parts that are absent. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(": ");
        }
        if (!location.isEmpty()) {
            sb.append(location).append(": ");
        }
        return sb.append(message).toString();
    }
}
