package org.glia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.glia.ui.GliaUi;
import org.glia.ui.internal.views.EmptyStateView;
import org.glia.ui.internal.views.NetworkEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Opens the real Glia workbench and checks what a user sees: the window, perspectives, views and menus. */
@SuppressWarnings("restriction")
class WorkbenchTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void activeWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the Glia window is open");
        page = window.getActivePage();
        assertNotNull(page);
    }

    @Test
    void windowIsTitledGlia() {
        assertEquals("Glia", window.getShell().getText());
    }

    static Stream<Arguments> perspectives() {
        return Stream.of(
                Arguments.of(GliaUi.PERSPECTIVE_EXPLORE, "Explore",
                        List.of(GliaUi.VIEW_BRAIN, GliaUi.VIEW_CONTROLS, GliaUi.VIEW_PROPERTIES, GliaUi.VIEW_REGIONS,
                                GliaUi.VIEW_HEATMAP), true),
                Arguments.of(GliaUi.PERSPECTIVE_EDIT_TRAIN, "Edit & Train",
                        List.of(GliaUi.VIEW_VERSIONS, GliaUi.VIEW_TRAINING, GliaUi.VIEW_CONTROLS,
                                GliaUi.VIEW_PROPERTIES, GliaUi.VIEW_PROGRESS), true),
                Arguments.of(GliaUi.PERSPECTIVE_COHORT, "Cohort",
                        List.of(GliaUi.VIEW_COHORT, GliaUi.VIEW_BRAIN, GliaUi.VIEW_REGIONS, GliaUi.VIEW_CONTROLS),
                        false));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("perspectives")
    void perspectiveShowsItsViews(String id, String name, List<String> views, boolean editorArea) {
        var descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
        assertNotNull(descriptor, id);
        assertEquals(name, descriptor.getLabel());
        page.setPerspective(descriptor);
        page.resetPerspective();
        flush();
        for (String view : views) {
            var ref = page.findViewReference(view);
            assertNotNull(ref, name + " shows " + view);
            var part = ref.getView(true);
            assertNotNull(part, view + " is created");
            if (part instanceof EmptyStateView empty) {
                assertTrue(!empty.shownMessage().isBlank(), view + " says what it needs");
            }
        }
        assertEquals(editorArea, page.isEditorAreaVisible(), name + " editor area");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("perspectives")
    void resetPerspectiveBringsBackAClosedView(String id, String name, List<String> views, boolean editorArea) {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
        page.resetPerspective();
        flush();
        String closed = views.get(0);
        page.hideView(page.findViewReference(closed));
        flush();
        assertEquals(null, page.findViewReference(closed), name + ": " + closed + " closed");
        page.resetPerspective();
        flush();
        assertNotNull(page.findViewReference(closed), name + ": reset brings " + closed + " back");
        assertEquals(editorArea, page.isEditorAreaVisible());
    }

    @Test
    void everyGliaViewIsOfferedInEveryPerspective() {
        for (String id : List.of(GliaUi.PERSPECTIVE_EXPLORE, GliaUi.PERSPECTIVE_EDIT_TRAIN, GliaUi.PERSPECTIVE_COHORT)) {
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
            page.resetPerspective();
            List<String> shortcuts = List.of(page.getShowViewShortcuts());
            assertTrue(shortcuts.containsAll(List.of(GliaUi.VIEW_BRAIN, GliaUi.VIEW_CONTROLS, GliaUi.VIEW_REGIONS,
                    GliaUi.VIEW_HEATMAP, GliaUi.VIEW_TRAINING, GliaUi.VIEW_VERSIONS, GliaUi.VIEW_COHORT)),
                    id + ": " + shortcuts);
            assertTrue(List.of(page.getPerspectiveShortcuts()).containsAll(List.of(GliaUi.PERSPECTIVE_EXPLORE,
                    GliaUi.PERSPECTIVE_EDIT_TRAIN, GliaUi.PERSPECTIVE_COHORT)), id);
        }
    }

    @Test
    void networkAreaSaysWhatToDoWithoutAModel() {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(GliaUi.PERSPECTIVE_EXPLORE));
        flush();
        IEditorPart editor = page.getActiveEditor();
        assertTrue(editor instanceof NetworkEditor, "network editor shown: " + editor);
        assertEquals("Open a model to see its network.", ((NetworkEditor) editor).shownMessage());
        assertEquals(false, editor.isDirty());
    }

    @Test
    void menusOfferUndoRedoAboutResetPerspectiveAndPreferences() {
        IMenuManager bar = ((WorkbenchWindow) window).getMenuManager();
        assertTrue(ids(bar.findMenuUsingPath("edit")).containsAll(List.of("undo", "redo")),
                ids(bar.findMenuUsingPath("edit")).toString());
        assertTrue(ids(bar.findMenuUsingPath("help")).contains("about"));
        assertTrue(ids(bar.findMenuUsingPath("window")).containsAll(List.of("resetPerspective", "preferences")),
                ids(bar.findMenuUsingPath("window")).toString());
        assertTrue(ids(bar.findMenuUsingPath("file")).containsAll(List.of("save", "quit")));
    }

    @Test
    void screenshotOfTheWorkbenchForTheReadme() throws Exception {
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(GliaUi.PERSPECTIVE_EXPLORE));
        page.resetPerspective();
        flush();
        var file = Screenshots.capture(window.getShell(), "workbench-explore.png");
        assertTrue(file == null || java.nio.file.Files.size(file) > 10_000, "screenshot written: " + file);
    }

    @Test
    void workbenchRunsWithoutLoggingErrors() throws Exception {
        flush();
        var log = org.eclipse.core.runtime.Platform.getLogFileLocation().toFile().toPath();
        if (!java.nio.file.Files.exists(log)) {
            return; // nothing logged at all
        }
        // An !ENTRY line's second field is the severity; 4 is ERROR.
        List<String> errors = java.nio.file.Files.readAllLines(log).stream()
                .filter(l -> l.matches("!ENTRY \\S+ 4 .*")).toList();
        assertTrue(errors.isEmpty(), "errors in " + log + ": " + errors);
    }

    private static List<String> ids(IMenuManager menu) {
        assertNotNull(menu);
        return Arrays.stream(menu.getItems()).map(IContributionItem::getId).filter(s -> s != null).toList();
    }

    static void flush() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run what the layout queued
            }
        }
    }
}
