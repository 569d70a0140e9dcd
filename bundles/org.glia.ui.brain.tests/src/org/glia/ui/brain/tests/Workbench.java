package org.glia.ui.brain.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.glia.ui.brain.BrainUi;
import org.junit.jupiter.api.Assumptions;
import org.glia.ui.brain.BrainView;
import org.glia.ui.network.GliaFileInput;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkUi;

/** Driving the running workbench from a UI test: open parts, wait, run commands, post mouse events, capture. */
public final class Workbench {

    private Workbench() {
    }

    /**
     * The active page of the running workbench, with atlas meshes cached under {@code dir}; skips the test (an
     * assumption) outside the Tycho UI harness.
     */
    public static IWorkbenchPage page(Path dir) {
        Assumptions.assumeTrue(Platform.isRunning() && PlatformUI.isWorkbenchRunning(),
                "needs the running workbench (Tycho UI harness)");
        System.setProperty("glia.mesh.cache", dir.resolve("mesh-cache").toString());
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** After a test: closes every editor without saving and hides the given views (null page: nothing to do). */
    public static void tidy(IWorkbenchPage page, String... views) {
        if (page == null) {
            return;
        }
        page.closeAllEditors(false);
        for (String id : views) {
            var ref = page.findViewReference(id);
            if (ref != null) {
                page.hideView(ref);
            }
        }
    }

    /** Opens the model in the network editor and waits until its study is loaded. */
    public static NetworkGraphEditor openModel(IWorkbenchPage page, Path file) throws Exception {
        NetworkGraphEditor editor = (NetworkGraphEditor) page.openEditor(new GliaFileInput(file), NetworkUi.EDITOR_ID);
        pump(() -> editor.getStudy() != null || editor.getLoadError() != null, 30_000);
        assertNotNull(editor.getStudy(), "model loaded: " + editor.getLoadError());
        return editor;
    }

    /** Shows the brain view. */
    public static BrainView showBrain(IWorkbenchPage page) throws Exception {
        return (BrainView) page.showView(BrainUi.VIEW_ID);
    }

    /** Runs a command through the part's handler service; parameters as id, value pairs. */
    public static void execute(IWorkbenchPart part, String command, String... parameters) throws Exception {
        IHandlerService handlers = part.getSite().getService(IHandlerService.class);
        ICommandService commands = part.getSite().getService(ICommandService.class);
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(command), map), null);
    }

    /** A left-button drag from (x0, y0) to (x1, y1) in steps, as the user would do it. */
    public static void drag(Control c, int button, int x0, int y0, int x1, int y1) {
        post(c, SWT.MouseDown, button, x0, y0);
        for (int s = 1; s <= 4; s++) {
            post(c, SWT.MouseMove, 0, x0 + (x1 - x0) * s / 4, y0 + (y1 - y0) * s / 4);
            settle(30);
        }
        post(c, SWT.MouseUp, button, x1, y1);
    }

    /** A left click at (x, y). */
    public static void click(Control c, int x, int y) {
        post(c, SWT.MouseDown, 1, x, y);
        post(c, SWT.MouseUp, 1, x, y);
    }

    public static void post(Control c, int type, int button, int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        if (type == SWT.MouseMove && button != 0) {
            e.stateMask = SWT.BUTTON1;
        }
        c.notifyListeners(type, e);
    }

    /** Runs the event loop until {@code done} or the time is up. */
    public static void pump(BooleanSupplier done, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop up to check again
                });
                display.sleep();
            }
        }
    }

    /** Runs the event loop for a while (layout, paints). */
    public static void settle(long millis) {
        pump(() -> false, millis);
    }

    /**
     * Captures a control as shown on screen into {@code docs/images/NAME} of the repository named by the
     * system property {@code glia.root}; null when it is not set.
     */
    public static Path capture(Control control, String name) throws Exception {
        String root = System.getProperty("glia.root");
        if (root == null || root.isBlank()) {
            return null;
        }
        control.getShell().forceActive();
        control.update();
        settle(300);
        Rectangle r = control.getBounds();
        Point origin = control.getParent().toDisplay(r.x, r.y);
        Image image = new Image(control.getDisplay(), r.width, r.height);
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            Path dir = Path.of(root, "docs", "images");
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            assertTrue(Files.size(file) > 0);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
