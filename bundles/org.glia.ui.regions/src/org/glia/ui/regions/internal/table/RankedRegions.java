package org.glia.ui.regions.internal.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;

/**
 * The rows of the region table: every region of a map with its rank. Rank 1 is the largest value (the largest
 * magnitude for a signed map, as the brain view ranks them); ties go to the lower atlas index; a region without
 * a value has rank 0.
 */
public final class RankedRegions {

    private RankedRegions() {
    }

    /** The regions of {@code map}, in the map's order, each with its rank and the number of ranked regions. */
    public static List<RegionSelection> of(ShownMap map) {
        List<ShownMap.Region> regions = map.regions();
        List<Integer> valued = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (!Double.isNaN(regions.get(i).value())) {
                valued.add(i);
            }
        }
        boolean signed = map.signed();
        valued.sort(Comparator.<Integer>comparingDouble(i -> -key(regions.get(i).value(), signed))
                .thenComparingInt(i -> regions.get(i).index()));
        int[] rank = new int[regions.size()];
        for (int r = 0; r < valued.size(); r++) {
            rank[valued.get(r)] = r + 1;
        }
        List<RegionSelection> rows = new ArrayList<>(regions.size());
        for (int i = 0; i < regions.size(); i++) {
            ShownMap.Region r = regions.get(i);
            rows.add(new RegionSelection(r.index(), r.name(), r.value(), rank[i], valued.size()));
        }
        return rows;
    }

    /** What a region is ranked by: its value, or its magnitude in a signed map. */
    static double key(double value, boolean signed) {
        return signed ? Math.abs(value) : value;
    }
}
