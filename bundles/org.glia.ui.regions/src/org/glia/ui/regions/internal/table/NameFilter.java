package org.glia.ui.regions.internal.table;

import java.util.Locale;

/** The region table's search: a case-insensitive substring of the region's name; blank matches everything. */
public record NameFilter(String query) {

    /** Normalises the query (null is blank). */
    public NameFilter {
        query = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code name} contains the query, ignoring case. */
    public boolean matches(String name) {
        return query.isEmpty() || name.toLowerCase(Locale.ROOT).contains(query);
    }
}
