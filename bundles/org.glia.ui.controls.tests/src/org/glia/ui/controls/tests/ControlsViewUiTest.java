package org.glia.ui.controls.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.glia.core.color.ValueMapping;
import org.glia.explain.AttributionMethods;
import org.glia.explain.MethodDescriptor;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.ThresholdMode;
import org.glia.ui.GliaPreferences;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.Comparison;
import org.glia.ui.brain.tests.Pixels;
import org.glia.ui.brain.tests.TestStudy;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.controls.SubjectRow;
import org.glia.ui.controls.internal.ControlsState;
import org.glia.ui.controls.internal.ControlsView;
import org.glia.ui.controls.internal.MappingFields;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Controls view in the running Glia workbench (UI harness, Xvfb with Mesa): choosing a colour map and a
 * threshold changes the brain view's pixels at a region's centroid; picking a subject changes the network
 * editor's node activations (its node colours); choosing a class shows the class map; a comparison chosen reaches
 * the brain view; a fresh view starts from the preferences and every setting survives a restart (the view saved
 * into a memento and made again from it, as the workbench does). Skipped outside a workbench.
 */
class ControlsViewUiTest {

    static final String VIEW_ID = "org.glia.ui.views.controls";

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private Shell shell;
    private ControlsView recreated;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
    }

    @AfterEach
    void close() {
        if (recreated != null) {
            recreated.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (page != null) {
            // the workbench keeps a closed view's memento for its next opening: leave the defaults behind
            if (page.findView(VIEW_ID) instanceof ControlsView controls) {
                controls.restore(ControlsState.fromPreferences());
            }
            page.closeAllEditors(false);
            for (String id : new String[] {BrainUi.VIEW_ID, VIEW_ID}) {
                var ref = page.findViewReference(id);
                if (ref != null) {
                    page.hideView(ref);
                }
            }
        }
    }

    @Test
    void colourMapThresholdSubjectAndClassApplyToBrainAndNetwork() throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView brain = (BrainView) page.showView(BrainUi.VIEW_ID);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        ControlsView controls = (ControlsView) page.showView(VIEW_ID);
        page.activate(editor);
        Workbench.pump(() -> brain.getScene() != null && !brain.isEmpty(), 60_000);
        assertNotNull(brain.getScene(), "brain loaded: " + brain.emptyMessage());
        editor.setPick(NetworkPick.node(1, 2, ""));
        Workbench.pump(brain::isMapShown, 30_000);
        assertTrue(brain.isMapShown(), "map shown: " + brain.lastStatus());
        page.activate(brain);
        Workbench.execute(brain, BrainUi.CMD_STANDARD_VIEW, BrainUi.PARAM_SIDE, "top");
        Workbench.settle(300);
        BrainScene scene = brain.getScene();
        Camera camera = brain.getCamera();

        // the cube whose colour-map position is nearest the middle: its colour differs most between maps
        int region = 1;
        for (int i = 1; i <= 4; i++) {
            if (Math.abs(scene.position(scene.value(i)) - 0.45) < Math.abs(scene.position(scene.value(region)) - 0.45)) {
                region = i;
            }
        }
        int before = pixel(brain, camera, scene, region);
        assertFalse(Pixels.grey(before), "drawn in colour: " + Pixels.hex(before));

        // colour map: viridis -> hot
        controls.selectColorMap("hot");
        Workbench.settle(400);
        assertEquals("hot", scene.colorMap().id());
        assertEquals("hot", editor.getSettings().nodeColorMap(), "the network's nodes follow");
        int hot = pixel(brain, camera, scene, region);
        int expected = scene.look(region).rgb();
        assertTrue(Pixels.hueDistance(expected, hot) < 15, Pixels.hex(hot) + " vs " + Pixels.hex(expected));
        assertTrue(Pixels.hueDistance(before, hot) > 30, "colour changed: " + Pixels.hex(before) + " -> "
                + Pixels.hex(hot));

        // threshold just above that region's value, hidden below: the region is no longer drawn in colour
        double value = scene.value(region);
        int strongest = region;
        for (int i = 1; i <= 4; i++) {
            if (scene.value(i) > scene.value(strongest)) {
                strongest = i;
            }
        }
        controls.setThreshold(Double.toString(value + 1e-9), ThresholdMode.HIDE);
        Workbench.settle(400);
        assertEquals(value + 1e-9, scene.threshold(), 1e-15);
        assertEquals(ThresholdMode.HIDE, scene.thresholdMode());
        int hidden = pixel(brain, camera, scene, region);
        assertTrue(Pixels.grey(hidden), "hidden below the threshold: " + Pixels.hex(hidden));
        if (strongest != region) {
            assertFalse(Pixels.grey(pixel(brain, camera, scene, strongest)), "the strongest region stays coloured");
        }
        controls.setThreshold("", ThresholdMode.GLASS);
        Workbench.settle(400);
        assertTrue(Double.isNaN(scene.threshold()));
        assertTrue(Pixels.hueDistance(expected, pixel(brain, camera, scene, region)) < 15, "back in colour");
        controls.setThreshold("x1", ThresholdMode.GLASS);
        assertNotNull(controls.problem(), "a bad number is reported");
        controls.setThreshold("", ThresholdMode.GLASS);

        // subjects: listed with diagnosis and prediction; picking one recolours the network's nodes
        Workbench.pump(() -> controls.subjectRows().size() == 6, 30_000);
        List<SubjectRow> rows = controls.subjectRows();
        assertEquals(6, rows.size());
        assertEquals("AD", rows.get(1).diagnosis());
        assertNotNull(rows.get(1).prediction());
        assertTrue(controls.selectSubject("sub-02"));
        Workbench.settle(300);
        List<String> second = activations(editor);
        second.forEach(Double::parseDouble); // numbers, not the "pick a subject" placeholder
        assertTrue(controls.selectSubject("sub-05"));
        Workbench.settle(300);
        List<String> fifth = activations(editor);
        assertNotEquals(second, fifth, "node activations (colours) follow the subject");
        Workbench.pump(() -> brain.isMapShown() && brain.legendTitle().contains("sub-05"), 30_000);
        assertTrue(brain.legendTitle().contains("sub-05"), brain.legendTitle());

        // class map
        controls.selectClass("AD");
        Workbench.pump(() -> brain.isMapShown() && brain.legendTitle().contains("AD"), 30_000);
        assertTrue(brain.legendTitle().contains("class AD"), brain.legendTitle());

        assertFalse(controls.methodLegend().isBlank(), "the method's legend is shown");
        page.setPartState(page.getReference(controls), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.settle(500);
        Workbench.capture(controls.control(), "controls-view.png");
        page.setPartState(page.getReference(controls), IWorkbenchPage.STATE_RESTORED);
    }

    /** Opens the test study with the brain and controls, and waits for the cohort's subjects. */
    private ControlsView openStudy(NetworkGraphEditor[] editorOut) throws Exception {
        TestStudy study = TestStudy.write(dir);
        page.showView(BrainUi.VIEW_ID);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        ControlsView controls = (ControlsView) page.showView(VIEW_ID);
        page.activate(editor);
        Workbench.pump(() -> controls.subjectRows().size() == 6, 30_000);
        assertEquals(6, controls.subjectRows().size());
        if (editorOut != null) {
            editorOut[0] = editor;
        }
        return controls;
    }

    private BrainView brain() {
        return (BrainView) page.findView(BrainUi.VIEW_ID);
    }

    /**
     * Makes a second Controls view the way the workbench makes one at startup: created from its extension,
     * initialised with the memento saved at shutdown (null: none), then its controls created (in a shell of its own,
     * on the first view's site).
     */
    private ControlsView recreate(ControlsView shown, IMemento memento) throws Exception {
        shell = new Shell(shown.getSite().getShell().getDisplay());
        shell.setLayout(new FillLayout());
        shell.setSize(480, 900);
        recreated = (ControlsView) PlatformUI.getWorkbench().getViewRegistry().find(VIEW_ID).createView();
        recreated.init(shown.getViewSite(), memento);
        recreated.createPartControl(shell);
        shell.open();
        return recreated;
    }

    private static IMemento throughXml(ControlsView view) throws Exception {
        XMLMemento out = XMLMemento.createWriteRoot("view");
        view.saveState(out);
        StringWriter xml = new StringWriter();
        out.save(xml);
        return XMLMemento.createReadRoot(new StringReader(xml.toString()));
    }

    @Test
    void aComparisonChosenReachesTheBrainView() throws Exception {
        ControlsView controls = openStudy(null);
        controls.selectComparison(Comparison.classes("HC", "AD"));
        assertEquals(Comparison.classes("HC", "AD"), brain().getComparison());
        assertEquals(Comparison.classes("HC", "AD"), controls.state().comparison());
        controls.selectComparison(Comparison.subjects("sub-01", "sub-04"));
        assertEquals(Comparison.subjects("sub-01", "sub-04"), brain().getComparison());
        controls.selectComparison(null);
        assertNull(brain().getComparison(), "none: the single map again");
        // a version the study does not list yet is passed on as chosen: the brain view says what is wrong with it
        controls.selectComparison(Comparison.versions("v1", "v2"));
        assertEquals(Comparison.versions("v1", "v2"), brain().getComparison());

        // a brain view opened later shows the comparison chosen before
        controls.selectComparison(Comparison.classes("AD", "HC"));
        page.hideView(brain());
        Workbench.settle(200);
        BrainView again = (BrainView) page.showView(BrainUi.VIEW_ID);
        Workbench.settle(300);
        assertEquals(Comparison.classes("AD", "HC"), again.getComparison());
    }

    @Test
    void everySettingSurvivesARestart() throws Exception {
        ControlsView controls = openStudy(null);
        String method = AttributionMethods.available().stream().map(MethodDescriptor::id)
                .filter(id -> !id.equals(AttributionMethods.PAPER)).findFirst().orElse(AttributionMethods.PAPER);
        ControlsState changed = new ControlsState("hot", "viridis",
                new MappingFields(ValueMapping.Kind.GAMMA, "0.5", "0.1", "0.9"),
                new MappingFields(ValueMapping.Kind.LOG, "1", "0.001", ""), "0.2", ThresholdMode.HIDE, 40, 7, method,
                "sub-03", "AD", Comparison.subjects("sub-02", "sub-05"));
        controls.restore(changed);
        Workbench.settle(300);
        assertEquals(changed, controls.state());
        BrainView brain = brain();
        assertEquals(changed.comparison(), brain.getComparison());
        assertEquals(ThresholdMode.HIDE, brain.display().mode());
        assertEquals(0.2, brain.display().threshold(), 1e-12);
        assertEquals(0.4, brain.display().opacity(), 1e-12);
        assertEquals(7, brain.display().topK());
        assertEquals(method, brain.display().method());
        assertEquals(ValueMapping.Kind.GAMMA, brain.display().kind());

        ControlsView again = recreate(controls, throughXml(controls));
        Workbench.pump(() -> again.subjectRows().size() == 6 && changed.equals(again.state()), 30_000);
        assertEquals(changed, again.state(), "every setting restored, the subject and class once the cohort is read");
    }

    @Test
    void aViewClosedAndOpenedAgainKeepsItsSettings() throws Exception {
        ControlsView controls = (ControlsView) page.showView(VIEW_ID);
        ControlsState changed = new ControlsState("hot", "viridis", MappingFields.AUTO,
                new MappingFields(ValueMapping.Kind.GAMMA, "2", "", "0.5"), "0.1", ThresholdMode.HIDE, 70, 3,
                AttributionMethods.PAPER, null, null, Comparison.classes("HC", "AD"));
        controls.restore(changed);
        page.hideView(controls);
        Workbench.settle(200);
        ControlsView again = (ControlsView) page.showView(VIEW_ID);
        Workbench.settle(200);
        assertTrue(again != controls, "a new view");
        assertEquals(changed, again.state(), "made from the memento the workbench kept");
    }

    @Test
    void aFreshViewStartsFromThePreferences() throws Exception {
        IEclipsePreferences prefs = GliaPreferences.node();
        prefs.put(GliaPreferences.COLOR_MAP, "hot");
        prefs.put(GliaPreferences.EDGE_COLOR_MAP, "viridis");
        prefs.put(GliaPreferences.THRESHOLD, "0.25");
        prefs.put(GliaPreferences.THRESHOLD_MODE, "hide");
        prefs.put(GliaPreferences.TOP_K, "9");
        try {
            ControlsView shown = (ControlsView) page.showView(VIEW_ID);
            ControlsState s = recreate(shown, null).state();
            assertEquals("hot", s.colorMap());
            assertEquals("viridis", s.edgeColorMap());
            assertEquals("0.25", s.threshold());
            assertEquals(ThresholdMode.HIDE, s.mode());
            assertEquals(9, s.topK());
            assertNull(s.comparison());
        } finally {
            prefs.clear();
        }
    }

    private static List<String> activations(NetworkGraphEditor editor) {
        List<String> values = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            values.add(editor.activationOf(1, node));
        }
        for (int node = 0; node < 2; node++) {
            values.add(editor.activationOf(2, node));
        }
        return values;
    }

    private static int pixel(BrainView brain, Camera camera, BrainScene scene, int index) {
        brain.getCanvas().redraw();
        Workbench.settle(100);
        int[] frame = brain.getCanvas().readFrame();
        double[] c = scene.centroid(index).orElseThrow();
        double[] p = camera.project(c[0], c[1], c[2]);
        return frame[(int) p[1] * camera.width() + (int) p[0]];
    }
}
