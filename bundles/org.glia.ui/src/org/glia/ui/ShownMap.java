package org.glia.ui;

import java.util.List;
import java.util.Objects;

/**
 * The region map the brain view currently shows, for views that list or compare it (region table, heatmap):
 * one value per atlas region, with what it is a map of.
 *
 * @param title   what the map shows, e.g. "Node 2:0 · subject S01 · paper rule"
 * @param method  the attribution method's id
 * @param signed  whether values can be negative (a signed method or a difference map)
 * @param regions the regions, in the network's input order
 */
public record ShownMap(String title, String method, boolean signed, List<Region> regions) {

    /**
     * One region's value.
     *
     * @param index the region's label index in the atlas (as in {@link RegionSelection#index()})
     * @param name  the region's name
     * @param value its value in the map; NaN when it has none
     */
    public record Region(int index, String name, double value) {
    }

    /** Checks and copies. */
    public ShownMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(method, "method");
        regions = List.copyOf(regions);
    }
}
