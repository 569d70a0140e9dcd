package org.glia.ui.network.internal.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;

/**
 * The index entry of one recovery copy: which document it belongs to, when the study was copied and the last
 * change made before that (the label of the command on top of the undo stack).
 *
 * @param document the document's file (absolute)
 * @param time     when the study was copied from the editor
 * @param change   the label of the last change, empty when unknown
 */
public record RecoveryEntry(Path document, Instant time, String change) {

    private static final String KEY_DOCUMENT = "document";
    private static final String KEY_TIME = "time";
    private static final String KEY_CHANGE = "change";

    /** Makes the document absolute and the change non-null. */
    public RecoveryEntry {
        document = Objects.requireNonNull(document, "document").toAbsolutePath().normalize();
        Objects.requireNonNull(time, "time");
        change = change == null ? "" : change;
    }

    /** Writes the entry as a properties file. */
    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty(KEY_DOCUMENT, document.toString());
        p.setProperty(KEY_TIME, time.toString());
        p.setProperty(KEY_CHANGE, change);
        p.store(out, "Glia recovery copy");
    }

    /**
     * Reads an entry written by {@link #write}.
     *
     * @throws IOException when the file cannot be read or lacks the document or a valid time
     */
    static RecoveryEntry read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        String document = p.getProperty(KEY_DOCUMENT);
        String time = p.getProperty(KEY_TIME);
        if (document == null || document.isBlank() || time == null) {
            throw new IOException(file + ": the entry names no document or no time");
        }
        try {
            return new RecoveryEntry(Path.of(document), Instant.parse(time.trim()), p.getProperty(KEY_CHANGE, ""));
        } catch (DateTimeParseException | java.nio.file.InvalidPathException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
