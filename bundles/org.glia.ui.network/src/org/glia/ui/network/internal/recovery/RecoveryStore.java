package org.glia.ui.network.internal.recovery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glia.core.io.DataException;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;

/**
 * The recovery folder: for each document with unsaved changes a copy {@code <key>.glia} of its study and an index
 * entry {@code <key>.properties} (see {@link RecoveryEntry}), where the key is a hash of the document's absolute
 * path.
 * <p>
 * Copies are written in the background while the document may be saved or closed on the UI thread. Each delete
 * starts a new "epoch" of the document; a write started in an older epoch is dropped instead of being published,
 * so a slow write can never bring back a copy that Save or Close has just deleted. Thread-safe.
 */
public final class RecoveryStore {

    private static final String COPY = ".glia";
    private static final String INDEX = ".properties";
    private static final String STAGING = ".saving.glia";
    private static final String CORRUPT = ".corrupt";

    private final Path folder;
    private final Map<String, Long> epochs = new HashMap<>();

    /** A store in {@code folder} (created when the first copy is written). */
    public RecoveryStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The folder holding the copies. */
    public Path folder() {
        return folder;
    }

    /** The key of {@code document}: the first 96 bits of the SHA-256 of its absolute path, in hex. */
    public static String key(Path document) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(
                    document.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Where the copy of {@code document} lives (whether or not it exists). */
    public Path copyOf(Path document) {
        return folder.resolve(key(document) + COPY);
    }

    private Path indexOf(Path document) {
        return folder.resolve(key(document) + INDEX);
    }

    /** The current epoch of {@code document}; pass it to {@link #write} for a copy taken now. */
    public synchronized long epoch(Path document) {
        return epochs.getOrDefault(key(document), 0L);
    }

    /**
     * Writes {@code copy} (a study no editor holds) as the recovery copy of {@code entry.document()}, unless the
     * copy was deleted since {@code epoch} was read.
     *
     * @return true when the copy was published, false when it was dropped as outdated
     * @throws IOException when writing fails (an older copy stays intact)
     */
    public boolean write(Study copy, RecoveryEntry entry, long epoch) throws IOException {
        Path document = entry.document();
        Files.createDirectories(folder);
        Path staging = folder.resolve(key(document) + STAGING);
        Path indexTmp = folder.resolve(key(document) + INDEX + ".tmp");
        try {
            GliaDocument.save(copy, staging);
            try (OutputStream out = Files.newOutputStream(indexTmp)) {
                entry.write(out);
            }
            synchronized (this) {
                if (epoch != epoch(document)) {
                    return false;
                }
                // the copy first: an index without its copy is never seen, a copy without index is still usable
                move(staging, copyOf(document));
                move(indexTmp, indexOf(document));
                return true;
            }
        } finally {
            Files.deleteIfExists(staging);
            Files.deleteIfExists(indexTmp);
        }
    }

    /**
     * The entry of {@code document}'s copy, if there is a copy. A copy without a readable index gets the copy's
     * modification time and no change label; an index naming another document (a hash collision) counts as none.
     */
    public synchronized Optional<RecoveryEntry> find(Path document) throws IOException {
        Path copy = copyOf(document);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        Path index = indexOf(document);
        Path absolute = document.toAbsolutePath().normalize();
        if (Files.isRegularFile(index)) {
            try {
                RecoveryEntry e = RecoveryEntry.read(index);
                return e.document().equals(absolute) ? Optional.of(e) : Optional.empty();
            } catch (IOException e) {
                // an unreadable index must not hide the copy: fall through to the copy's own time
            }
        }
        return Optional.of(new RecoveryEntry(absolute, Files.getLastModifiedTime(copy).toInstant(), ""));
    }

    /**
     * Reads the copy of {@code document}.
     *
     * @throws DataException when the copy is damaged (then {@link #setAside} it)
     * @throws IOException   when it cannot be read for another reason
     */
    public Study read(Path document) throws DataException, IOException {
        return GliaDocument.load(copyOf(document));
    }

    /** Deletes the copy of {@code document} and its entry, and drops any write of it still under way. */
    public synchronized void delete(Path document) throws IOException {
        epochs.merge(key(document), 1L, Long::sum);
        Files.deleteIfExists(copyOf(document));
        Files.deleteIfExists(indexOf(document));
    }

    /**
     * Keeps an unreadable copy aside: renames it (and its entry) to {@code <key>.glia.corrupt} (with a number when
     * that exists), so it is neither offered again nor lost.
     *
     * @return the renamed copy
     */
    public synchronized Path setAside(Path document) throws IOException {
        epochs.merge(key(document), 1L, Long::sum);
        Path copy = copyOf(document);
        Path aside = free(folder.resolve(copy.getFileName() + CORRUPT));
        Files.move(copy, aside);
        Path index = indexOf(document);
        if (Files.exists(index)) {
            Files.move(index, free(folder.resolve(index.getFileName() + CORRUPT)));
        }
        return aside;
    }

    /** Every readable entry whose copy exists (e.g. to list documents with unsaved changes at start). */
    public synchronized List<RecoveryEntry> entries() throws IOException {
        List<RecoveryEntry> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + INDEX)) {
            for (Path index : files) {
                try {
                    RecoveryEntry e = RecoveryEntry.read(index);
                    if (Files.isRegularFile(copyOf(e.document()))) {
                        found.add(e);
                    }
                } catch (IOException e) {
                    // listing is a convenience: a damaged entry is skipped here and reported when its file opens
                }
            }
        }
        return found;
    }

    private static Path free(Path wanted) {
        Path p = wanted;
        for (int i = 1; Files.exists(p); i++) {
            p = wanted.resolveSibling(wanted.getFileName() + "-" + i);
        }
        return p;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
