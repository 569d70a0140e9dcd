package org.glia.atlas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * An immutable ordered list of atlas regions; the row order is the row/column order of connectome
 * matrices. Indices and names are unique.
 */
public final class LabelTable {

    private final List<Region> regions;
    private final Map<Integer, Integer> rowByIndex = new HashMap<>();
    private final Map<String, Integer> rowByName = new HashMap<>();

    private LabelTable(List<Region> regions) {
        this.regions = Collections.unmodifiableList(new ArrayList<>(regions));
        for (int row = 0; row < this.regions.size(); row++) {
            Region r = this.regions.get(row);
            if (rowByIndex.putIfAbsent(r.index(), row) != null) {
                throw new IllegalArgumentException("duplicate region index " + r.index());
            }
            if (rowByName.putIfAbsent(r.name(), row) != null) {
                throw new IllegalArgumentException("duplicate region name '" + r.name() + "'");
            }
        }
    }

    /**
     * A table of these regions in this order.
     *
     * @throws IllegalArgumentException when two regions share an index or a name (readers report such
     *                                  user faults themselves, as {@link org.glia.core.io.DataException})
     */
    public static LabelTable of(List<Region> regions) {
        return new LabelTable(regions);
    }

    /** The regions in row order (unmodifiable). */
    public List<Region> regions() {
        return regions;
    }

    /** Number of regions. */
    public int size() {
        return regions.size();
    }

    /** The region at a row (0-based). */
    public Region get(int row) {
        return regions.get(row);
    }

    /** The row of the region with this label index, if any. */
    public OptionalInt rowOf(int index) {
        Integer row = rowByIndex.get(index);
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /** The region with this label index, if any. */
    public Optional<Region> byIndex(int index) {
        Integer row = rowByIndex.get(index);
        return row == null ? Optional.empty() : Optional.of(regions.get(row));
    }

    /** The region with exactly this name (case-sensitive), if any. */
    public Optional<Region> byName(String name) {
        Integer row = rowByName.get(name);
        return row == null ? Optional.empty() : Optional.of(regions.get(row));
    }

    /** The region names in row order. */
    public List<String> names() {
        return regions.stream().map(Region::name).toList();
    }

    /** The label indices in row order. */
    public int[] indices() {
        return regions.stream().mapToInt(Region::index).toArray();
    }

    /** A table of the regions that pass the filter, in the same relative order. */
    public LabelTable filter(Predicate<Region> keep) {
        return new LabelTable(regions.stream().filter(keep).toList());
    }

    /** A table of the regions whose index lies in {@code [from, to]}, e.g. AAL's cerebrum 1..90. */
    public LabelTable indexRange(int from, int to) {
        return filter(r -> r.index() >= from && r.index() <= to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelTable t && t.regions.equals(regions);
    }

    @Override
    public int hashCode() {
        return regions.hashCode();
    }

    @Override
    public String toString() {
        return "LabelTable[" + regions.size() + " regions]";
    }
}
