package org.glia.ui.regions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.regions.internal.Messages;
import org.glia.ui.RegionSelectionProvider;
import org.glia.ui.regions.internal.table.RegionColumn;
import org.glia.ui.regions.internal.table.RegionsCsv;
import org.glia.ui.regions.internal.table.RegionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Regions view in the running Glia workbench (UI harness, Xvfb): it lists the map the brain view publishes
 * by rank, sorts by a header click, searches by name, makes a clicked row the workbench selection and exports
 * the table as CSV. Skipped outside a workbench.
 */
class RegionsViewUiTest {

    static final String[] NAMES = {"Occipital_L", "Occipital_R", "Frontal_L", "Frontal_R", "Thalamus",
        "Hippocampus_L", "Hippocampus_R", "Amygdala_L", "Amygdala_R", "Insula_L", "Insula_R", "Precuneus_L"};
    static final double[] VALUES = {0.031, 0.118, 0.064, 0.2 + 0.1, 0.007, 0.142, Double.NaN, 0.089, 0.052, 0.118,
        0.011, 0.071};

    @TempDir
    Path dir;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        if (page != null) {
            ShownMaps.publish(null);
            var ref = page.findViewReference(RegionsUi.VIEW_REGIONS);
            if (ref != null) {
                page.hideView(ref);
            }
        }
    }

    static ShownMap map(boolean signed) {
        List<ShownMap.Region> regions = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            double v = signed && i % 3 == 2 ? -VALUES[i] : VALUES[i];
            regions.add(new ShownMap.Region(i + 1, NAMES[i], v));
        }
        return new ShownMap("Node 1:2 \u00b7 subject sub-01 \u00b7 Importance backpropagation (paper)",
                signed ? "gradxinput" : "paper", signed, regions);
    }

    @Test
    void listsSortsSearchesSelectsAndExports() throws Exception {
        ShownMaps.publish(null);
        RegionsView view = (RegionsView) page.showView(RegionsUi.VIEW_REGIONS);
        Workbench.settle(200);
        assertTrue(view.isEmpty(), "nothing shown yet");
        assertEquals(Messages.regionsEmpty, view.emptyMessage());

        ShownMap map = map(false);
        ShownMaps.publish(map);
        Workbench.settle(200);
        assertFalse(view.isEmpty());
        assertEquals(map.title(), view.title());
        List<RegionSelection> rows = view.shownRows();
        assertEquals(NAMES.length, rows.size());
        for (int i = 0; i < rows.size() - 1; i++) {
            assertEquals(i + 1, rows.get(i).rank(), "sorted by rank");
            assertTrue(rows.get(i).value() >= rows.get(i + 1).value() || Double.isNaN(rows.get(i + 1).value()));
        }
        assertEquals("Frontal_R", rows.get(0).name());
        assertEquals(0.2 + 0.1, rows.get(0).value(), "the map's value itself");
        assertEquals("Occipital_R", rows.get(2).name(), "equal values: the lower index first");
        assertEquals("Hippocampus_R", rows.get(rows.size() - 1).name(), "no value: last");
        assertEquals(0, view.header(RegionColumn.MAGNITUDE).getWidth(), "no |value| column for an unsigned map");

        // header clicks: name ascending, then descending; value descending
        click(view, RegionColumn.REGION);
        assertEquals(List.of("Amygdala_L", "Amygdala_R", "Frontal_L"), names(view).subList(0, 3));
        assertEquals(SWT.UP, view.viewer().getTable().getSortDirection());
        click(view, RegionColumn.REGION);
        assertEquals("Thalamus", names(view).get(0));
        assertEquals(SWT.DOWN, view.viewer().getTable().getSortDirection());
        click(view, RegionColumn.VALUE);
        assertEquals(List.of("Frontal_R", "Hippocampus_L", "Occipital_R"), names(view).subList(0, 3));
        click(view, RegionColumn.RANK);
        assertEquals(RegionColumn.RANK, view.sortColumn());
        assertTrue(view.ascending());

        // search
        view.setSearch("FRONT");
        Workbench.settle(100);
        assertEquals(List.of("Frontal_R", "Frontal_L"), names(view));
        view.setSearch("");
        Workbench.settle(100);
        assertEquals(NAMES.length, view.shownRows().size());

        // a clicked row becomes the workbench selection
        page.activate(view);
        Table table = view.viewer().getTable();
        int row = names(view).indexOf("Hippocampus_L");
        table.setSelection(row);
        Event e = new Event();
        e.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, e);
        Workbench.settle(100);
        RegionSelection selected = view.selectedRegion();
        assertNotNull(selected);
        assertEquals(new RegionSelection(6, "Hippocampus_L", 0.142, 2, 11), selected);
        ISelection workbench = page.getSelection();
        assertEquals(selected, RegionSelectionProvider.first(workbench), "the page's selection");

        // CSV export in the current sort order (value, descending), exact values
        click(view, RegionColumn.VALUE);
        Path csv = dir.resolve("regions.csv");
        Workbench.execute(view, RegionsUi.CMD_EXPORT_REGIONS, RegionsUi.PARAM_FILE, csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(RegionsCsv.HEADER, lines.get(0));
        assertEquals(NAMES.length + 1, lines.size());
        assertEquals("1,4,Frontal_R,0.30000000000000004", lines.get(1));
        List<RegionSelection> sorted = view.sortedRows();
        for (int i = 0; i < sorted.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(sorted.get(i).index(), Integer.parseInt(cells[1]));
            assertEquals(sorted.get(i).name(), cells[2]);
            if (!Double.isNaN(sorted.get(i).value())) {
                assertEquals(sorted.get(i).value(), Double.parseDouble(cells[3]));
            }
        }
        assertEquals("0,7,Hippocampus_R,", lines.get(lines.size() - 1));
        click(view, RegionColumn.RANK);

        // a signed map: |value| column, ranked by magnitude; the selected region stays selected
        ShownMaps.publish(map(true));
        Workbench.settle(200);
        assertTrue(view.header(RegionColumn.MAGNITUDE).getWidth() > 0);
        assertEquals("Frontal_R", view.shownRows().get(0).name());
        assertEquals(6, view.selectedRegion().index());
        assertEquals(-0.142, view.selectedRegion().value());

        view.setSearch("amyg");
        XMLMemento memento = XMLMemento.createWriteRoot("view");
        view.saveState(memento);
        assertEquals("RANK", memento.getString("sort"));
        assertEquals(Boolean.TRUE, memento.getBoolean("ascending"));
        assertEquals("amyg", memento.getString("search"));
        view.setSearch("");

        ShownMaps.publish(map);
        Workbench.settle(200);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(400);
        Workbench.capture(view.control(), "regions-view.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

        ShownMaps.publish(null);
        Workbench.settle(100);
        assertTrue(view.isEmpty(), "back to the empty state");
    }

    private static void click(RegionsView view, RegionColumn column) {
        view.header(column).notifyListeners(SWT.Selection, new Event());
        Workbench.settle(50);
    }

    private static List<String> names(RegionsView view) {
        return view.shownRows().stream().map(RegionSelection::name).toList();
    }
}
