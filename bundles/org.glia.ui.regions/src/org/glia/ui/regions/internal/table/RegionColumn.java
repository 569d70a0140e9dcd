package org.glia.ui.regions.internal.table;

import java.util.Comparator;
import java.util.Locale;

import org.glia.ui.RegionSelection;

/** A column of the region table and how it sorts; rows without a value always go last. */
public enum RegionColumn {
    /** The rank (1 = largest). */
    RANK,
    /** The region's name. */
    REGION,
    /** The value. */
    VALUE,
    /** The magnitude of the value (signed maps). */
    MAGNITUDE;

    /**
     * The order of this column, ascending or descending; rows without a value stay last either way, and equal
     * keys fall back on the rank, then the atlas index, so the order is total and stable.
     */
    public Comparator<RegionSelection> order(boolean ascending) {
        Comparator<RegionSelection> key = switch (this) {
            case RANK -> Comparator.comparingInt(RegionSelection::rank);
            case REGION -> Comparator.comparing((RegionSelection r) -> r.name().toLowerCase(Locale.ROOT))
                    .thenComparing(RegionSelection::name);
            case VALUE -> Comparator.comparingDouble(RegionSelection::value);
            case MAGNITUDE -> Comparator.comparingDouble(r -> Math.abs(r.value()));
        };
        Comparator<RegionSelection> directed = ascending ? key : key.reversed();
        Comparator<RegionSelection> valueless = Comparator.comparing(r -> Double.isNaN(r.value()));
        return valueless.thenComparing(directed).thenComparing(RegionColumn::tieBreak);
    }

    private static int tieBreak(RegionSelection a, RegionSelection b) {
        int c = Integer.compare(a.rank(), b.rank());
        return c != 0 ? c : Integer.compare(a.index(), b.index());
    }

    /** The column with this name, or {@link #RANK} for anything else (a state saved by another version). */
    public static RegionColumn named(String name) {
        for (RegionColumn c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return RANK;
    }
}
