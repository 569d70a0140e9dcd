package org.glia.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.glia.ui.GliaPreferences;
import org.glia.ui.internal.preferences.GliaPreferenceInitializer;
import org.glia.ui.internal.preferences.GliaPreferencePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window &gt; Preferences &gt; Glia in the running workbench: a field for every key, values entered reach
 * {@link GliaPreferences}, refused values are named and stored nowhere, Restore Defaults brings the defaults back.
 */
class PreferencePageTest {

    private Shell shell;
    private GliaPreferencePage page;

    @BeforeEach
    void page() throws Exception {
        GliaPreferences.node().clear();
        shell = new Shell(PlatformUI.getWorkbench().getDisplay());
        page = new GliaPreferencePage();
        page.init(PlatformUI.getWorkbench());
        page.createControl(shell);
        WorkbenchTest.flush();
    }

    @AfterEach
    void close() throws Exception {
        page.dispose();
        shell.dispose();
        GliaPreferences.node().clear();
        GliaPreferences.node().flush();
    }

    /** A valid value different from the default, for every key. */
    private static Map<String, String> changed() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(GliaPreferences.COLOR_MAP, "hot");
        v.put(GliaPreferences.DIVERGING_COLOR_MAP, "viridis");
        v.put(GliaPreferences.EDGE_COLOR_MAP, "hot");
        v.put(GliaPreferences.THRESHOLD, "0.3");
        v.put(GliaPreferences.THRESHOLD_MODE, "hide");
        v.put(GliaPreferences.TOP_K, "8");
        v.put(GliaPreferences.TRIANGLE_BUDGET, "120000");
        v.put(GliaPreferences.ENGINE, "java");
        v.put(GliaPreferences.LEARNING_RATE, "0.005");
        v.put(GliaPreferences.EPOCHS, "75");
        v.put(GliaPreferences.BATCH_SIZE, "16");
        v.put(GliaPreferences.L2, "0.001");
        v.put(GliaPreferences.FOLDS, "5");
        v.put(GliaPreferences.AUTOSAVE_SECONDS, "30");
        v.put(GliaPreferences.UNDO_LIMIT, "120");
        return v;
    }

    @Test
    void everyPreferenceHasAFieldShowingItsDefault() {
        assertEquals(PreferenceRulesTest.declaredKeys(), page.keys());
        for (String key : page.keys()) {
            assertEquals(GliaPreferences.defaultOf(key), page.shown(key), key);
        }
        assertTrue(page.isValid());
    }

    @Test
    void valuesEnteredReachGliaPreferences() {
        Map<String, String> values = changed();
        assertEquals(page.keys(), values.keySet(), "the test covers every key");
        values.forEach((k, v) -> assertTrue(page.enter(k, v), k));
        assertTrue(page.isValid(), page.getErrorMessage());
        assertTrue(page.performOk());
        values.forEach((k, v) -> assertEquals(v, GliaPreferences.get(k), k));
        assertEquals(8, GliaPreferences.getInt(GliaPreferences.TOP_K));
        assertEquals(0.005, GliaPreferences.getDouble(GliaPreferences.LEARNING_RATE));
    }

    @Test
    void refusedValuesAreNamedAndNotStored() {
        page.enter(GliaPreferences.EPOCHS, "50");
        page.enter(GliaPreferences.LEARNING_RATE, "fast");
        assertFalse(page.isValid());
        assertNotNull(page.getErrorMessage());
        assertTrue(page.getErrorMessage().contains("Learning rate") && page.getErrorMessage().contains("fast"),
                page.getErrorMessage());
        assertFalse(page.performOk(), "OK refuses an invalid page");
        assertEquals(GliaPreferences.defaultOf(GliaPreferences.EPOCHS), GliaPreferences.get(GliaPreferences.EPOCHS),
                "nothing stored");

        page.enter(GliaPreferences.LEARNING_RATE, "0.02");
        assertTrue(page.isValid(), page.getErrorMessage());
        page.enter(GliaPreferences.FOLDS, "1");
        assertFalse(page.isValid());
        assertTrue(page.getErrorMessage().contains("folds"), page.getErrorMessage());
        page.enter(GliaPreferences.FOLDS, "3");
        page.enter(GliaPreferences.THRESHOLD, "high");
        assertFalse(page.isValid());
        page.enter(GliaPreferences.THRESHOLD, "");
        assertTrue(page.isValid(), "an empty threshold means none");
        assertFalse(page.enter(GliaPreferences.ENGINE, "torch"), "not offered");
        assertTrue(page.performOk());
        assertEquals("0.02", GliaPreferences.get(GliaPreferences.LEARNING_RATE));
        assertEquals("3", GliaPreferences.get(GliaPreferences.FOLDS));
    }

    @Test
    void restoreDefaultsBringsTheDefaultsBack() {
        changed().forEach(page::enter);
        assertTrue(page.performOk());
        page.restoreDefaults();
        for (String key : page.keys()) {
            assertEquals(GliaPreferences.defaultOf(key), page.shown(key), key);
        }
        assertTrue(page.performOk());
        for (String key : page.keys()) {
            assertEquals(GliaPreferences.defaultOf(key), GliaPreferences.get(key), key);
        }
    }

    @Test
    void valuesSetThroughThePageStoreReachGliaPreferences() {
        IPreferenceStore store = GliaPreferenceInitializer.store();
        store.setValue(GliaPreferences.TOP_K, 12);
        store.setValue(GliaPreferences.COLOR_MAP, "hot");
        store.setValue(GliaPreferences.THRESHOLD, "");
        assertEquals(12, GliaPreferences.getInt(GliaPreferences.TOP_K));
        assertEquals("hot", GliaPreferences.get(GliaPreferences.COLOR_MAP));
        assertTrue(Double.isNaN(GliaPreferences.getDouble(GliaPreferences.THRESHOLD)));
        assertEquals(GliaPreferences.defaultOf(GliaPreferences.EPOCHS), store.getDefaultString(GliaPreferences.EPOCHS));
        store.setToDefault(GliaPreferences.TOP_K);
        assertEquals(5, GliaPreferences.getInt(GliaPreferences.TOP_K));
    }

    @Test
    void theWindowMenuOpensThePreferenceDialogOnTheGliaPage() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window, GliaPreferencePage.ID, null, null);
        assertNotNull(dialog);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            settle(300);
            dialog.getShell().setBounds(window.getLocation().x + 40, window.getLocation().y + 20, 780, 860);
            dialog.getShell().layout(true, true);
            settle(800);
            assertTrue(dialog.getSelectedPage() instanceof GliaPreferencePage, String.valueOf(dialog.getSelectedPage()));
            var file = Screenshots.capture(dialog.getShell(), "preferences.png");
            assertTrue(file == null || java.nio.file.Files.size(file) > 5_000, "screenshot written: " + file);
        } finally {
            dialog.close();
        }
    }

    /** Runs the event loop for a while: without a window manager a new shell takes its size late. */
    private static void settle(long millis) {
        org.eclipse.swt.widgets.Display display = PlatformUI.getWorkbench().getDisplay();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                    // wakes the loop
                });
                display.sleep();
            }
        }
    }
}
