package org.glia.ui.network.internal.recovery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** The texts of the recovery question and report, built from an entry (kept apart from dialogs for tests). */
public final class RecoveryText {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RecoveryText() {
    }

    /** When the copy was taken: {@code HH:mm} today, else with its date, in {@code zone}. */
    public static String when(Instant time, ZoneId zone, Instant now) {
        ZonedDateTime t = time.atZone(zone);
        boolean today = t.toLocalDate().equals(LocalDate.ofInstant(now, zone));
        return (today ? CLOCK : DAY_AND_CLOCK).format(t);
    }

    /** "Glia found unsaved changes to X from HH:MM (after a crash). Recover them?" with the last change. */
    public static String question(RecoveryEntry entry, ZoneId zone, Instant now) {
        String q = NLS.bind(Messages.ask, entry.document().getFileName(), when(entry.time(), zone, now));
        return entry.change().isBlank() ? q : q + NLS.bind(Messages.askLastChange, entry.change());
    }

    /** Lists documents with unsaved changes (name, time, folder) and asks whether to open them. */
    public static String unsavedDocuments(List<RecoveryEntry> entries, ZoneId zone, Instant now) {
        StringBuilder list = new StringBuilder();
        for (RecoveryEntry e : entries) {
            list.append(NLS.bind(Messages.unsavedItem, new Object[] {e.document().getFileName(),
                    when(e.time(), zone, now), e.document().getParent()}));
        }
        return NLS.bind(Messages.unsavedDocuments, list);
    }

    /** Says that the copy of {@code document} cannot be read, why, and where it was kept. */
    public static String corrupt(java.nio.file.Path document, String why, java.nio.file.Path keptAs) {
        return NLS.bind(Messages.corrupt, new Object[] {document, why, keptAs});
    }
}
