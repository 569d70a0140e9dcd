package org.glia.ui;

/**
 * A brain region picked in any view (brain, region table, heatmap), as the workbench selection: other views highlight it.
 *
 * @param index the region's label index in the atlas
 * @param name  the region's name
 * @param value the region's value in the map shown (NaN: none)
 * @param rank  its place among the regions with a value, 1 = largest (0 when it has no value)
 * @param of    how many regions have a value
 */
public record RegionSelection(int index, String name, double value, int rank, int of) {

    @Override
    public String toString() {
        return Double.isNaN(value) ? name : name + " (" + value + ", rank " + rank + " of " + of + ")";
    }
}
