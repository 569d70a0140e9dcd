package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.glia.explain.AttributionMethods;
import org.glia.render.BrainScene;
import org.glia.render.Camera;
import org.glia.render.StandardView;
import org.glia.render.RegionLabels;
import org.glia.ui.RegionSelection;
import org.glia.ui.ShownMap;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.BrainDisplay;
import org.glia.ui.brain.BrainUi;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.Comparison;
import org.glia.ui.brain.internal.BrainCanvas;
import org.glia.ui.brain.internal.MapSource;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brain view with the rest of the workbench (UI harness, Xvfb): the names of the top-k regions drawn in the
 * scene and following it, a region selected in another view highlighted (the others dimmed) with its name,
 * value and rank in the status line, and every map shown announced through {@link ShownMaps}. Skipped outside
 * a workbench.
 */
class BrainLinksUiTest {

    private static final int FRONTAL_L = 3;
    private static final int OCCIPITAL_R = 2;

    @TempDir
    Path dir;
    private IWorkbenchPage page;
    private final List<ShownMap> announced = new ArrayList<>();
    private final Consumer<ShownMap> listener = announced::add;

    @BeforeEach
    void workbench() {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        ShownMaps.addListener(listener);
    }

    @AfterEach
    void close() {
        ShownMaps.removeListener(listener);
        if (page != null) {
            page.closeAllEditors(false);
            for (String id : new String[] {BrainUi.VIEW_ID, RegionSourceView.ID}) {
                var ref = page.findViewReference(id);
                if (ref != null) {
                    page.hideView(ref);
                }
            }
        }
    }

    @Test
    void labelsTheTopRegionsInTheSceneAndFollowsTheCamera() throws Exception {
        BrainView view = open(NetworkPick.node(1, 2, ""));
        BrainCanvas canvas = view.getCanvas();
        view.showSide(StandardView.TOP);
        Workbench.settle(100);
        BrainScene scene = view.getScene();
        Camera camera = view.getCamera();
        int top = scene.topRegions(1).get(0);

        view.setDisplay(withTopK(view.display(), 0));
        int[] p = project(camera, scene, top);
        int[] plain = frame(canvas);
        assertTrue(canvas.labels().isEmpty(), "k = 0: no names");
        int without = darkRightOf(plain, camera, p);

        view.setDisplay(withTopK(view.display(), 1));
        int[] named = frame(canvas);
        List<RegionLabels.Placed> labels = canvas.labels();
        assertEquals(1, labels.size());
        assertEquals(top, labels.get(0).index(), "the largest region is named");
        assertEquals(scene.name(top), labels.get(0).name());
        assertEquals(p[0], labels.get(0).x(), 1.5, "at its projected centroid");
        assertEquals(p[1], labels.get(0).y(), 1.5);
        int with = darkRightOf(named, camera, p);
        assertTrue(with > without + 15, "text-coloured pixels beside the centroid: " + with + " with k = 1, " + without
                + " with k = 0");
        int centre = plain[p[1] * camera.width() + p[0]];
        int centreNamed = named[p[1] * camera.width() + p[0]];
        assertTrue(distance(centre, centreNamed) < 6, "the region keeps its colour at the centroid (the label's ring "
                + "is hollow): " + Pixels.hex(centre) + " -> " + Pixels.hex(centreNamed));

        // turn and move the brain: the label goes with its region
        Workbench.drag(canvas.control(), 1, camera.width() / 2, camera.height() / 2, camera.width() / 2 + 30,
                camera.height() / 2 + 20);
        Workbench.drag(canvas.control(), 3, 100, 100, 140, 125);
        Workbench.settle(200);
        frame(canvas);
        int[] q = project(camera, scene, top);
        assertTrue(Math.hypot(q[0] - p[0], q[1] - p[1]) > 5, "the region moved on screen");
        assertEquals(1, canvas.labels().size());
        assertEquals(q[0], canvas.labels().get(0).x(), 1.5, "the label followed it");
        assertEquals(q[1], canvas.labels().get(0).y(), 1.5);
    }

    @Test
    void highlightsARegionSelectedInAnotherView() throws Exception {
        BrainView view = open(NetworkPick.node(1, 2, ""));
        BrainCanvas canvas = view.getCanvas();
        view.showSide(StandardView.TOP);
        Workbench.settle(100);
        RegionSourceView source = (RegionSourceView) page.showView(RegionSourceView.ID);
        Workbench.settle(300);
        BrainScene scene = view.getScene();
        Camera camera = view.getCamera();
        int[] selectedAt = project(camera, scene, FRONTAL_L);
        int[] otherAt = project(camera, scene, OCCIPITAL_R);
        int[] before = frame(canvas);

        source.select(new RegionSelection(FRONTAL_L, "Frontal_L", Double.NaN, 0, 0));
        Workbench.pump(() -> scene.highlighted().isPresent(), 3_000);
        assertEquals(OptionalInt.of(FRONTAL_L), scene.highlighted());
        assertTrue(view.lastStatus().matches("Frontal_L: \\S+ \\(rank [1-5] of 5\\)"), view.lastStatus());
        assertNull(view.selectedRegion(), "the brain does not echo another view's selection as its own");

        int[] after = frame(canvas);
        int w = camera.width();
        int selectedBefore = before[selectedAt[1] * w + selectedAt[0]];
        int selectedAfter = after[selectedAt[1] * w + selectedAt[0]];
        assertTrue(distance(selectedBefore, selectedAfter) > 20, "the selected region is highlighted: "
                + Pixels.hex(selectedBefore) + " -> " + Pixels.hex(selectedAfter));
        int otherBefore = before[otherAt[1] * w + otherAt[0]];
        int otherAfter = after[otherAt[1] * w + otherAt[0]];
        assertTrue(distance(otherAfter, 0xFFFFFF) < 0.7 * distance(otherBefore, 0xFFFFFF),
                "the others fade towards the background: " + Pixels.hex(otherBefore) + " -> " + Pixels.hex(otherAfter));
        assertTrue(Pixels.hueDistance(otherBefore, otherAfter) < 15, "and keep their hue");

        // the brain's own click still makes the selection
        page.activate(view);
        Workbench.click(canvas.control(), otherAt[0], otherAt[1]);
        assertNotNull(view.selectedRegion());
        assertEquals("Occipital_R", view.selectedRegion().name());
        assertEquals(OptionalInt.of(OCCIPITAL_R), scene.highlighted());
    }

    @Test
    void announcesEveryMapItShows() throws Exception {
        BrainView view = open(NetworkPick.node(1, 2, ""));
        ShownMap map = lastAnnounced();
        assertEquals("Node 1:2 \u00b7 subject sub-01 \u00b7 " + AttributionMethods.get(AttributionMethods.PAPER).name(),
                map.title());
        assertEquals(AttributionMethods.PAPER, map.method());
        assertFalse(map.signed());
        assertEquals(5, map.regions().size());
        BrainScene scene = view.getScene();
        for (int row = 0; row < 5; row++) {
            ShownMap.Region r = map.regions().get(row);
            assertEquals(row + 1, r.index(), "in the network's input order");
            assertEquals(TestStudy.NAMES[row], r.name());
            assertEquals(scene.value(r.index()), r.value());
        }
        assertEquals(map, ShownMaps.current().orElseThrow());

        int seen = announced.size();
        view.setMapSource(MapSource.ofClass("AD"));
        Workbench.pump(() -> announced.size() > seen, 30_000);
        assertTrue(lastAnnounced().title().startsWith("Node 1:2 \u00b7 class AD (mean)"), lastAnnounced().title());

        int seen2 = announced.size();
        view.setPick(NetworkPick.node(2, 0, ""));
        Workbench.pump(() -> announced.size() > seen2, 30_000);
        assertTrue(lastAnnounced().title().startsWith("Node 2:0"), lastAnnounced().title());

        int seen3 = announced.size();
        view.setComparison(Comparison.classes("AD", "HC"));
        Workbench.pump(() -> announced.size() > seen3 && announced.get(announced.size() - 1) != null, 30_000);
        assertTrue(lastAnnounced().signed(), "a difference map is signed");
        assertTrue(lastAnnounced().title().contains("class AD \u2212 class HC"), lastAnnounced().title());

        int seen4 = announced.size();
        view.setDisplay(new BrainDisplay(view.display().kind(), view.display().gamma(), Double.NaN, Double.NaN,
                Double.NaN, view.display().mode(), 1, 5, "gradxinput"));
        Workbench.pump(() -> announced.size() > seen4 && announced.get(announced.size() - 1) != null, 30_000);
        assertEquals("gradxinput", lastAnnounced().method());

        // the model closed: nothing is shown any more
        page.closeAllEditors(false);
        Workbench.settle(200);
        assertNull(announced.get(announced.size() - 1));
        assertTrue(ShownMaps.current().isEmpty());
        assertTrue(view.isEmpty());
    }

    /** Opens the brain and the test model, picks the node and waits for its map. */
    private BrainView open(NetworkPick node) throws Exception {
        TestStudy study = TestStudy.write(dir);
        BrainView view = Workbench.showBrain(page);
        NetworkGraphEditor editor = Workbench.openModel(page, study.file);
        Workbench.pump(() -> view.getScene() != null && !view.isEmpty(), 60_000);
        assertNotNull(view.getScene(), "brain loaded: " + view.emptyMessage());
        editor.setPick(node);
        Workbench.pump(view::isMapShown, 30_000);
        assertTrue(view.isMapShown(), "map shown; status: " + view.lastStatus());
        Workbench.settle(100);
        return view;
    }

    private ShownMap lastAnnounced() {
        assertFalse(announced.isEmpty(), "a map was announced");
        ShownMap last = announced.get(announced.size() - 1);
        assertNotNull(last, "the last announcement is a map");
        return last;
    }

    private static BrainDisplay withTopK(BrainDisplay d, int k) {
        return new BrainDisplay(d.kind(), d.gamma(), d.min(), d.max(), d.threshold(), d.mode(), d.opacity(), k,
                d.method());
    }

    private static int[] frame(BrainCanvas canvas) {
        canvas.redraw();
        Workbench.settle(100);
        return canvas.readFrame();
    }

    private static int[] project(Camera camera, BrainScene scene, int index) {
        double[] c = scene.centroid(index).orElseThrow();
        double[] p = camera.project(c[0], c[1], c[2]);
        return new int[] {(int) Math.floor(p[0]), (int) Math.floor(p[1])};
    }

    /** Near-black (label text) pixels in the box where a label's name is written, right of its anchor. */
    private static int darkRightOf(int[] frame, Camera camera, int[] p) {
        int n = 0;
        for (int y = Math.max(0, p[1] - 10); y < Math.min(camera.height(), p[1] + 10); y++) {
            for (int x = p[0] + 5; x < Math.min(camera.width(), p[0] + 100); x++) {
                int rgb = frame[y * camera.width() + x];
                n += (rgb >> 16 & 255) < 80 && (rgb >> 8 & 255) < 80 && (rgb & 255) < 80 ? 1 : 0;
            }
        }
        return n;
    }

    private static double distance(int a, int b) {
        double s = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int d = (a >> shift & 255) - (b >> shift & 255);
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
