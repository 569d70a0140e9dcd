package org.glia.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.glia.cohort.internal.readers.ReaderRegistry;

/**
 * The matrix readers a cohort load may use, each with the file name extensions it handles.
 * <p>
 * {@link #installed()} gives the contributions to {@value #EXTENSION_POINT} when the Eclipse extension
 * registry is running, and the built-in CSV, TSV, MATLAB and NumPy readers otherwise (plain Java tests).
 * File names are matched case-insensitively on the longest extension; a further {@code .gz} is allowed
 * and decompressed.
 */
public final class ConnectomeReaders {

    /** Id of the extension point readers are contributed to. */
    public static final String EXTENSION_POINT = "org.glia.cohort.readers";

    /**
     * One reader and the files it takes.
     *
     * @param id         unique id of the contribution
     * @param name       format name shown to users, e.g. "CSV"
     * @param extensions file name extensions without the dot, lower case, e.g. ["csv"]
     * @param reader     the reader
     */
    public record Entry(String id, String name, List<String> extensions, ConnectomeReader reader) {
        /** Normalises the extensions to lower case without a leading dot. */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reader, "reader");
            extensions = extensions.stream().map(e -> e.strip().toLowerCase(Locale.ROOT))
                    .map(e -> e.startsWith(".") ? e.substring(1) : e).filter(e -> !e.isEmpty()).toList();
        }
    }

    /**
     * A file name matched to a reader.
     *
     * @param entry the reader
     * @param stem  the file name without the matched extension and {@code .gz}, i.e. the participant id
     */
    public record Match(Entry entry, String stem) {
    }

    private final List<Entry> entries;

    private ConnectomeReaders(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The readers of the running platform, or the built-in ones outside OSGi. */
    public static ConnectomeReaders installed() {
        return new ConnectomeReaders(ReaderRegistry.load());
    }

    /** The built-in CSV, TSV, MATLAB v5 and NumPy readers only. */
    public static ConnectomeReaders builtIn() {
        return new ConnectomeReaders(ReaderRegistry.builtIn());
    }

    /** Exactly these readers. */
    public static ConnectomeReaders of(List<Entry> entries) {
        return new ConnectomeReaders(entries);
    }

    /** These readers plus one more (which wins ties on equal extensions). */
    public ConnectomeReaders with(Entry entry) {
        List<Entry> all = new ArrayList<>();
        all.add(entry);
        all.addAll(entries);
        return new ConnectomeReaders(all);
    }

    /** The readers in lookup order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every extension handled, for messages. */
    public List<String> extensions() {
        return entries.stream().flatMap(e -> e.extensions().stream()).distinct().sorted().toList();
    }

    /** The reader for a file name, by its longest matching extension, ignoring a trailing {@code .gz}. */
    public Optional<Match> match(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        Entry best = null;
        String bestExt = "";
        for (Entry e : entries) {
            for (String ext : e.extensions()) {
                if (base.endsWith("." + ext) && base.length() > ext.length() + 1 && ext.length() > bestExt.length()) {
                    best = e;
                    bestExt = ext;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(best, fileName.substring(0, base.length() - bestExt.length() - 1)));
    }
}
