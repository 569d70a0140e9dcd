package org.glia.ui.regions.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.glia.atlas.SystemAtlases;
import org.glia.report.Analysis;
import org.glia.report.AnalysisOptions;
import org.glia.ui.GliaUi;
import org.glia.ui.ShownMaps;
import org.glia.ui.brain.BrainView;
import org.glia.ui.brain.tests.DemoPictureTest;
import org.glia.ui.brain.tests.Workbench;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.regions.RegionsUi;
import org.glia.ui.regions.internal.heatmap.HeatmapView;
import org.glia.ui.regions.internal.table.RegionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's first session on the demo cohort, end to end: the model {@code glia analyze} trains (HC vs AD), opened
 * in the Explore perspective, the AD output node picked — the brain, the Regions table and the heatmap all show it.
 * The whole window is saved as {@code docs/images/workbench-session.png} (the README's picture) when
 * {@code glia.root} is set. Skipped outside the workbench or without Debian's AAL atlas.
 */
class ExploreSessionUiTest {

    @TempDir
    Path dir;
    private IWorkbenchPage page;

    @AfterEach
    void close() {
        if (page != null) {
            page.closeAllEditors(false);
            ShownMaps.publish(null);
        }
    }

    @Test
    void demoModelInTheExplorePerspective() throws Exception {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        Assumptions.assumeTrue(SystemAtlases.hasAal(), "needs Debian's mricron-data (AAL) for the demo cohort");
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        Path cohort = DemoPictureTest.writeDemoCohort(dir.resolve("demo-cohort"), 1);
        Path out = dir.resolve("report");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Analysis.run(AnalysisOptions.defaults(cohort, out).withClasses(List.of("HC", "AD")),
                new PrintStream(log, true, StandardCharsets.UTF_8), new NullProgressMonitor());
        Path model = out.resolve("model.glia");
        assertTrue(Files.exists(model), "analyze wrote the model: " + log);

        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = PlatformUI.getWorkbench().showPerspective(GliaUi.PERSPECTIVE_EXPLORE, window);
        page.resetPerspective();
        NetworkGraphEditor editor = Workbench.openModel(page, model);
        BrainView brain = Workbench.showBrain(page);
        RegionsView regions = (RegionsView) page.showView(RegionsUi.VIEW_REGIONS);
        int output = editor.getNetwork().getLayers().size() - 1;
        editor.setPick(NetworkPick.node(output, 1, "AD"));
        page.activate(editor);
        Workbench.pump(brain::isMapShown, 120_000);
        assertTrue(brain.isMapShown(), "the brain shows the AD node's map: " + brain.emptyMessage());
        Workbench.pump(() -> regions.shownRows().size() == 90, 30_000);
        assertTrue(regions.shownRows().size() == 90, "the Regions view lists the 90 regions of the map");

        HeatmapView heatmap = (HeatmapView) page.showView(RegionsUi.VIEW_HEATMAP, null, IWorkbenchPage.VIEW_VISIBLE);
        Workbench.pump(heatmap::isComputed, 120_000);
        assertTrue(heatmap.isComputed(), "heatmap: " + heatmap.emptyMessage());
        page.showView(RegionsUi.VIEW_REGIONS, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        Workbench.settle(1_500);
        assertFalse(brain.isEmpty(), "the brain is drawn");
        captureWindow(window.getShell(), "workbench-session.png");
    }

    /** The whole workbench window as shown on screen, into docs/images when glia.root is set. */
    private static void captureWindow(Shell shell, String name) throws Exception {
        String root = System.getProperty("glia.root");
        if (root == null || root.isBlank()) {
            return;
        }
        shell.forceActive();
        Workbench.settle(500);
        // the window's bounds, menu bar included (Xvfb has no window manager, so no decorations around it)
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            Path target = Path.of(root, "docs", "images", name);
            Files.createDirectories(target.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(target.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
