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

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.glia.cohort.Subject;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Network;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.tests.TestStudy;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.StudyCohort;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.RegionSelectionProvider;
import org.glia.ui.regions.internal.heatmap.HeatmapColumns;
import org.glia.ui.regions.internal.heatmap.HeatmapData;
import org.glia.ui.regions.internal.heatmap.HeatmapLayout;
import org.glia.ui.regions.internal.heatmap.HeatmapSource;
import org.glia.ui.regions.internal.heatmap.HeatmapView;
import org.glia.ui.regions.internal.table.RegionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Heatmap view in the running Glia workbench (UI harness, Xvfb): for the tiny test study (5 regions, a 5-3-2
 * network, six subjects) its values equal the attributions computed directly; a click on a cell where it is
 * drawn picks the node in the network editor and selects the region (the Regions view follows); PNG, SVG and
 * CSV exports are valid. Skipped outside a workbench.
 */
class HeatmapViewUiTest {

    @TempDir
    Path dir;
    private IWorkbenchPage page;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.closeAllEditors(false);
            ShownMaps.publish(null);
            for (String id : new String[] {RegionsUi.VIEW_HEATMAP, RegionsUi.VIEW_REGIONS}) {
                var ref = page.findViewReference(id);
                if (ref != null) {
                    page.hideView(ref);
                }
            }
        }
    }

    @Test
    void valuesClicksAndExports() throws Exception {
        TestStudy study = TestStudy.write(dir);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        RegionsView regions = (RegionsView) page.showView(RegionsUi.VIEW_REGIONS);
        ShownMaps.publish(regionsMap());
        HeatmapView view = (HeatmapView) page.showView(RegionsUi.VIEW_HEATMAP);
        Workbench.pump(view::isComputed, 60_000);
        assertTrue(view.isComputed(), "heatmap shown: " + view.emptyMessage());
        assertEquals(HeatmapColumns.nodes(1), view.columns(), "the first hidden layer by default");
        assertEquals(HeatmapSource.subject("sub-01"), view.source(), "the first subject by default");
        assertEquals(AttributionMethods.PAPER, view.methodId());

        // the values are the paper rule's, computed directly for subject sub-01
        StudyCohort cohort = StudyCohort.load(study.file, "cohort", null, null);
        Network network = editor.getNetwork();
        Mlp net = MlpConversion.toMlp(network);
        List<double[]> xs = new ArrayList<>();
        for (Subject s : cohort.cohort().subjects()) {
            xs.add(MlpConversion.standardize(network, cohort.features().extract(s.matrix())));
        }
        MethodDescriptor paper = AttributionMethods.get(AttributionMethods.PAPER);
        HeatmapData natural = view.naturalData();
        assertEquals(TestStudy.NAMES.length, natural.rows());
        assertEquals(3, natural.columns());
        for (int j = 0; j < TestStudy.NAMES.length; j++) {
            assertEquals(TestStudy.NAMES[j], natural.rowName(j));
            assertEquals(j + 1, natural.rowIndex(j), "atlas label index");
        }
        for (int node = 0; node < 3; node++) {
            double[] direct = paper.method().attribute(net, xs.get(0), 1, node, ExplainContext.defaults());
            for (int j = 0; j < direct.length; j++) {
                assertEquals(direct[j], natural.value(j, node), 1e-12, "node " + node + ", region " + j);
            }
        }
        HeatmapData shown = view.data();
        assertSamePermuted(natural, shown);

        // a click where a cell is drawn picks its node and selects its region; the Regions view follows
        page.activate(view);
        Workbench.settle(300);
        int row = shown.rowOfRegion(3); // Frontal_L
        int column = shown.columnOfNode(2);
        HeatmapLayout layout = view.canvas().currentLayout();
        Workbench.click(view.canvas(), layout.centerX(column), layout.centerY(row));
        Workbench.settle(200);
        NetworkPick pick = editor.getPick();
        assertNotNull(pick, "the editor's pick");
        assertTrue(pick.isNode());
        assertEquals(1, pick.layer());
        assertEquals(2, pick.node());
        RegionSelection region = view.selectedRegion();
        assertNotNull(region);
        assertEquals(3, region.index());
        assertEquals("Frontal_L", region.name());
        assertEquals(shown.value(row, column), region.value());
        assertEquals(region, RegionSelectionProvider.first(page.getSelection()), "the workbench selection");
        // the brain view follows the pick and shows (after loading the atlas) the new node's map, which the
        // Regions view lists with the region selected
        Workbench.pump(() -> selectedIndex(regions) == 3, 60_000);
        assertEquals(3, selectedIndex(regions), () -> "the Regions view selects the region too; it shows "
                + regions.shownRows().size() + " rows of " + ShownMaps.current().map(ShownMap::title).orElse("no map")
                + ", workbench selection " + page.getSelection() + "; brain: " + brainState());
        assertEquals(view, page.getActivePart(), "without taking over");

        // class columns: each class's own subjects, the paper's Figure 5
        view.setColumns(HeatmapColumns.ofClasses());
        Workbench.pump(view::isComputed, 30_000);
        assertEquals(HeatmapSource.ownClass(), view.source());
        int[] labels = cohort.cohort().subjects().stream().mapToInt(s -> s.diagnosis().equals("HC") ? 0 : 1).toArray();
        double[][] classMaps = ClassMaps.ofClasses(paper.method(), net, xs, labels, ExplainContext.defaults(), null);
        HeatmapData classes = view.naturalData();
        assertEquals(2, classes.level());
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < TestStudy.NAMES.length; j++) {
                assertEquals(classMaps[c][j], classes.value(j, c), 1e-12);
            }
        }
        HeatmapData classView = view.data();
        layout = view.canvas().currentLayout();
        int ad = classView.columnOfNode(1);
        Workbench.click(view.canvas(), layout.centerX(ad), layout.centerY(0));
        Workbench.settle(200);
        assertEquals(2, editor.getPick().layer(), "the output node of class AD");
        assertEquals(1, editor.getPick().node());

        // a signed method, then the network's order
        view.setColumns(HeatmapColumns.nodes(1));
        view.setMethod("gradxinput");
        Workbench.pump(view::isComputed, 30_000);
        assertTrue(view.data().signed());
        assertTrue(view.colors().map().diverging(), "a diverging colour map for signed values");
        MethodDescriptor grad = AttributionMethods.get("gradxinput");
        double[] direct = grad.method().attribute(net, xs.get(0), 1, 1, ExplainContext.defaults());
        for (int j = 0; j < direct.length; j++) {
            assertEquals(direct[j], view.naturalData().value(j, 1), 1e-12);
        }
        view.setMethod(AttributionMethods.PAPER);
        view.setNaturalOrder(true);
        Workbench.pump(view::isComputed, 30_000);
        for (int j = 0; j < TestStudy.NAMES.length; j++) {
            assertEquals(TestStudy.NAMES[j], view.data().rowName(j));
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(c, view.data().columnNode(c));
        }
        assertTrue(view.data().title().endsWith(paper.name()), "the paper rule's values: " + view.data().title());
        assertFalse(view.data().signed());
        view.setNaturalOrder(false);
        Workbench.pump(view::isComputed, 30_000);

        // exports: PNG as drawn, SVG, CSV in the displayed order
        page.activate(view);
        Workbench.settle(200);
        shown = view.data();
        Path png = dir.resolve("heatmap.png");
        Workbench.execute(view, RegionsUi.CMD_EXPORT_HEATMAP, RegionsUi.PARAM_FORMAT, "png", RegionsUi.PARAM_FILE,
                png.toString());
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(view.canvas().getClientArea().width, image.width);
        assertEquals(view.canvas().getClientArea().height, image.height);
        layout = view.canvas().currentLayout();
        for (int r = 0; r < shown.rows(); r++) {
            for (int c = 0; c < shown.columns(); c++) {
                RGB rgb = image.palette.getRGB(image.getPixel(layout.centerX(c), layout.centerY(r)));
                int expected = view.colors().rgb(shown.value(r, c));
                assertEquals(expected, rgb.red << 16 | rgb.green << 8 | rgb.blue, "cell " + r + "," + c);
            }
        }
        Path svg = dir.resolve("heatmap.svg");
        Workbench.execute(view, RegionsUi.CMD_EXPORT_HEATMAP, RegionsUi.PARAM_FORMAT, "svg", RegionsUi.PARAM_FILE,
                svg.toString());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        NodeList groups = doc.getElementsByTagName("g");
        int cells = -1;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("cells".equals(g.getAttribute("id"))) {
                cells = g.getElementsByTagName("rect").getLength();
            }
        }
        assertEquals(shown.rows() * shown.columns(), cells);
        Path csv = dir.resolve("heatmap.csv");
        Workbench.execute(view, RegionsUi.CMD_EXPORT_HEATMAP, RegionsUi.PARAM_FORMAT, "csv", RegionsUi.PARAM_FILE,
                csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(shown.rows() + 1, lines.size());
        StringBuilder header = new StringBuilder("region_index,region");
        for (int c = 0; c < shown.columns(); c++) {
            header.append(',').append(shown.columnName(c));
        }
        assertEquals(header.toString(), lines.get(0));
        for (int r = 0; r < shown.rows(); r++) {
            String[] cellsOfRow = lines.get(r + 1).split(",", -1);
            assertEquals(shown.rowIndex(r), Integer.parseInt(cellsOfRow[0]));
            assertEquals(shown.rowName(r), cellsOfRow[1]);
            for (int c = 0; c < shown.columns(); c++) {
                assertEquals(shown.value(r, c), Double.parseDouble(cellsOfRow[c + 2]), "exact value");
            }
        }
    }

    /**
     * A trained 30-8-2 network on a cohort whose AD subjects have five weakened regions: the layer's nodes for the
     * AD class mean, ordered by similarity, every region labelled; the picture of the docs when glia.root is set.
     */
    @Test
    void figureOfATrainedModel() throws Exception {
        Path file = FigureStudy.write(dir);
        NetworkGraphEditor editor = Workbench.openModel(page, file);
        HeatmapView view = (HeatmapView) page.showView(RegionsUi.VIEW_HEATMAP);
        Workbench.pump(view::isComputed, 60_000);
        assertTrue(view.isComputed(), "heatmap shown: " + view.emptyMessage());
        view.setSource(HeatmapSource.ofClass("AD"));
        Workbench.pump(view::isComputed, 60_000);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(500);
        HeatmapData shown = view.data();
        assertEquals(FigureStudy.REGIONS.size(), shown.rows());
        assertEquals(8, shown.columns());
        assertTrue(shown.title().contains("AD"), shown.title());
        HeatmapLayout layout = view.canvas().currentLayout();
        for (int r = 0; r < shown.rows(); r++) {
            assertTrue(layout.rowLabelShown(r), "room for every region's name when maximised");
        }
        Workbench.click(view.canvas(), layout.centerX(0), layout.centerY(0));
        Workbench.settle(200);
        assertEquals(shown.columnNode(0), editor.getPick().node());

        // hover: region, column and value
        Workbench.post(view.canvas(), SWT.MouseMove, 0, layout.centerX(3), layout.centerY(5));
        String tip = view.canvas().getToolTipText();
        assertNotNull(tip);
        assertTrue(tip.startsWith(shown.rowName(5) + " \u00b7 " + shown.columnName(3) + ": "), tip);

        // the wheel zooms about the pointer; Zoom to Fit shows everything again
        Event wheel = new Event();
        wheel.x = layout.centerX(2);
        wheel.y = layout.centerY(10);
        wheel.count = 3;
        view.canvas().notifyListeners(SWT.MouseVerticalWheel, wheel);
        Workbench.settle(100);
        assertTrue(view.canvas().viewport().zoom() > 1);
        assertEquals(10, view.canvas().currentLayout().rowAt(wheel.y), "the row under the pointer stays there");
        Workbench.execute(view, RegionsUi.CMD_FIT_HEATMAP);
        Workbench.settle(100);
        assertTrue(view.canvas().viewport().fitted());

        // the choices are saved with the workbench
        XMLMemento memento = XMLMemento.createWriteRoot("view");
        view.saveState(memento);
        assertEquals("level:1", memento.getString("columns"));
        assertEquals("class:AD", memento.getString("source"));
        assertEquals(AttributionMethods.PAPER, memento.getString("method"));

        view.canvas().notifyListeners(SWT.MouseExit, new Event());
        assertEquals(null, view.canvas().getToolTipText(), "no tooltip off the cells");
        Workbench.capture(view.control(), "heatmap-view.png");
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    /** The test study's regions as the brain view would publish them. */
    private static ShownMap regionsMap() {
        List<ShownMap.Region> regions = new ArrayList<>();
        for (int i = 0; i < TestStudy.NAMES.length; i++) {
            regions.add(new ShownMap.Region(i + 1, TestStudy.NAMES[i], 0.1 * (i + 1)));
        }
        return new ShownMap("test map", AttributionMethods.PAPER, false, regions);
    }

    private String brainState() {
        var ref = page.findViewReference(org.glia.ui.brain.BrainUi.VIEW_ID);
        if (ref == null || !(ref.getPart(false) instanceof org.glia.ui.brain.BrainView b)) {
            return "not open";
        }
        // emptyMessage() keeps the last empty-state sentence even once the brain is shown: say whether it is loaded
        return "loaded " + (b.getScene() != null) + ", pick " + b.getPick() + ", shown " + b.isMapShown() + ", empty '"
                + b.emptyMessage() + "', status '" + b.lastStatus() + "'";
    }

    private static int selectedIndex(RegionsView regions) {
        Object o = regions.viewer().getStructuredSelection().getFirstElement();
        return o instanceof RegionSelection r ? r.index() : -1;
    }

    /** {@code shown} holds the values of {@code natural}, rows and columns permuted. */
    private static void assertSamePermuted(HeatmapData natural, HeatmapData shown) {
        assertEquals(natural.rows(), shown.rows());
        assertEquals(natural.columns(), shown.columns());
        for (int r = 0; r < shown.rows(); r++) {
            int nr = natural.rowOfRegion(shown.rowIndex(r));
            assertEquals(natural.rowName(nr), shown.rowName(r));
            for (int c = 0; c < shown.columns(); c++) {
                int nc = natural.columnOfNode(shown.columnNode(c));
                assertEquals(natural.value(nr, nc), shown.value(r, c));
            }
        }
    }
}
