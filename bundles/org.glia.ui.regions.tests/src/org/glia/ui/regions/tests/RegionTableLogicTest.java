package org.glia.ui.regions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.regions.internal.Csv;
import org.glia.ui.regions.internal.Numbers;
import org.glia.ui.regions.internal.table.NameFilter;
import org.glia.ui.regions.internal.table.RankedRegions;
import org.glia.ui.regions.internal.table.RegionColumn;
import org.glia.ui.regions.internal.table.RegionsCsv;
import org.junit.jupiter.api.Test;

/** The region table's logic without a workbench: ranks, column orders, search and the CSV it exports. */
class RegionTableLogicTest {

    static ShownMap map(boolean signed, double... values) {
        String[] names = {"Occipital_L", "Occipital_R", "Frontal_L", "Frontal_R", "Thalamus", "Hippocampus, left"};
        List<ShownMap.Region> regions = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            regions.add(new ShownMap.Region(i + 1, names[i], values[i]));
        }
        return new ShownMap("Node 1:2 \u00b7 subject sub-01", "paper", signed, regions);
    }

    @Test
    void ranksLargestFirstTiesByIndexNoValueUnranked() {
        List<RegionSelection> rows = RankedRegions.of(map(false, 0.1, 0.4, Double.NaN, 0.4, 0.05));
        assertEquals(new RegionSelection(1, "Occipital_L", 0.1, 3, 4), rows.get(0));
        assertEquals(1, rows.get(1).rank(), "the tie goes to the lower index");
        assertEquals(2, rows.get(3).rank());
        assertEquals(0, rows.get(2).rank(), "no value, no rank");
        assertEquals(4, rows.get(4).rank());
        rows.forEach(r -> assertEquals(4, r.of()));
    }

    @Test
    void signedMapsRankByMagnitude() {
        List<RegionSelection> rows = RankedRegions.of(map(true, 0.1, -0.5, 0.3));
        assertEquals(List.of(3, 1, 2), rows.stream().map(RegionSelection::rank).toList());
    }

    @Test
    void columnOrdersKeepRegionsWithoutValueLast() {
        List<RegionSelection> rows = RankedRegions.of(map(true, 0.1, Double.NaN, -0.5, 0.3, 0.2));
        assertEquals(List.of(3, 4, 5, 1, 2), indices(sorted(rows, RegionColumn.RANK, true)));
        assertEquals(List.of(1, 5, 4, 3, 2), indices(sorted(rows, RegionColumn.RANK, false)));
        assertEquals(List.of(4, 5, 1, 3, 2), indices(sorted(rows, RegionColumn.VALUE, false)));
        assertEquals(List.of(3, 1, 5, 4, 2), indices(sorted(rows, RegionColumn.VALUE, true)));
        assertEquals(List.of(3, 4, 5, 1, 2), indices(sorted(rows, RegionColumn.MAGNITUDE, false)));
        // names, ignoring case: Frontal_L, Frontal_R, Occipital_L, Thalamus (Occipital_R has no value: last)
        assertEquals(List.of(3, 4, 1, 5, 2), indices(sorted(rows, RegionColumn.REGION, true)));
        assertEquals(List.of(5, 1, 4, 3, 2), indices(sorted(rows, RegionColumn.REGION, false)));
        assertEquals(RegionColumn.VALUE, RegionColumn.named("VALUE"));
        assertEquals(RegionColumn.RANK, RegionColumn.named("bogus"));
        assertEquals(RegionColumn.RANK, RegionColumn.named(null));
    }

    @Test
    void searchIsACaseInsensitiveSubstring() {
        assertTrue(new NameFilter("FRONT").matches("Frontal_L"));
        assertTrue(new NameFilter(" al_l ").matches("Frontal_L"));
        assertFalse(new NameFilter("front").matches("Occipital_L"));
        assertTrue(new NameFilter("").matches("anything"));
        assertTrue(new NameFilter(null).matches("anything"));
    }

    @Test
    void csvHoldsTheExactValuesInTheOrderGiven() throws Exception {
        double exact = 0.1 + 0.2;
        List<RegionSelection> rows = RankedRegions.of(map(false, exact, 1e-7, Double.NaN, 0.25, 0.0, 2.5e-300));
        List<RegionSelection> byRank = sorted(rows, RegionColumn.RANK, true);
        StringWriter w = new StringWriter();
        RegionsCsv.write(byRank, w);
        String[] lines = w.toString().split("\n");
        assertEquals(RegionsCsv.HEADER, lines[0]);
        assertEquals("rank,region_index,region,value", lines[0]);
        assertEquals(7, lines.length);
        assertEquals("1,1,Occipital_L,0.30000000000000004", lines[1]);
        assertEquals(exact, Double.parseDouble(lines[1].split(",")[3]));
        assertEquals("2,4,Frontal_R,0.25", lines[2]);
        assertEquals("3,2,Occipital_R,1.0E-7", lines[3]);
        assertEquals("4,6,\"Hippocampus, left\",2.5E-300", lines[4]);
        assertEquals(2.5e-300, Double.parseDouble(lines[4].substring(lines[4].lastIndexOf(',') + 1)));
        assertEquals("5,5,Thalamus,0.0", lines[5]);
        assertEquals("0,3,Frontal_L,", lines[6]);
    }

    @Test
    void cellsAndShortNumbers() {
        assertEquals("plain", Csv.text("plain"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("0.0123", Numbers.format(0.012345));
        assertEquals("0.01235", Numbers.format(0.012345, 4));
        assertEquals("1.23e-05", Numbers.format(1.2345e-5));
        assertEquals("0", Numbers.format(0));
        assertEquals("\u2014", Numbers.format(Double.NaN));
    }

    private static List<RegionSelection> sorted(List<RegionSelection> rows, RegionColumn c, boolean ascending) {
        List<RegionSelection> copy = new ArrayList<>(rows);
        copy.sort(c.order(ascending));
        return copy;
    }

    private static List<Integer> indices(List<RegionSelection> rows) {
        return rows.stream().map(RegionSelection::index).toList();
    }
}
