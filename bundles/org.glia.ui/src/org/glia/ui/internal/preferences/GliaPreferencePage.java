package org.glia.ui.internal.preferences;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.glia.core.color.ColorMaps;
import org.glia.ui.GliaPreferences;

/**
 * Window &gt; Preferences &gt; Glia: every key of {@link GliaPreferences} in four groups (colours, brain, training,
 * session). Typed values are checked as they are typed; a refused one is named in the page's message and keeps
 * OK from storing anything.
 */
public final class GliaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in the preference dialog. */
    public static final String ID = "org.glia.ui.preferences";

    private final Map<String, FieldEditor> editors = new LinkedHashMap<>();

    /** Creates the page (the workbench does, from plugin.xml). */
    public GliaPreferencePage() {
        super(GRID);
        setDescription(Messages.description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is made on first use (doGetPreferenceStore)
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return GliaPreferenceInitializer.store();
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        Group colours = group(parent, Messages.groupColours);
        Function<String, String> mapName = id -> ColorMaps.find(id).map(m -> m.name()).orElse(id);
        choice(GliaPreferences.COLOR_MAP, colours, mapName);
        choice(GliaPreferences.DIVERGING_COLOR_MAP, colours, mapName);
        choice(GliaPreferences.EDGE_COLOR_MAP, colours, mapName);
        Group brain = group(parent, Messages.groupBrain);
        typed(GliaPreferences.THRESHOLD, brain, Messages.thresholdTip);
        choice(GliaPreferences.THRESHOLD_MODE, brain, v -> "hide".equals(v) ? Messages.modeHide : Messages.modeGlass);
        typed(GliaPreferences.TOP_K, brain, null);
        typed(GliaPreferences.TRIANGLE_BUDGET, brain, Messages.triangleBudgetTip);
        Group training = group(parent, Messages.groupTraining);
        choice(GliaPreferences.ENGINE, training, v -> switch (v) {
            case "java" -> Messages.engineJava;
            case "dl4j" -> Messages.engineDl4j;
            default -> Messages.engineAuto;
        });
        typed(GliaPreferences.LEARNING_RATE, training, null);
        typed(GliaPreferences.EPOCHS, training, null);
        typed(GliaPreferences.BATCH_SIZE, training, Messages.batchSizeTip);
        typed(GliaPreferences.L2, training, null);
        typed(GliaPreferences.FOLDS, training, Messages.foldsTip);
        Group session = group(parent, Messages.groupSession);
        typed(GliaPreferences.AUTOSAVE_SECONDS, session, Messages.autosaveTip);
        typed(GliaPreferences.UNDO_LIMIT, session, Messages.undoLimitTip);
        for (Group g : new Group[] {colours, brain, training, session}) {
            // each field editor laid its group out for itself alone; give the group its two columns back
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(g);
        }
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(g);
        return g;
    }

    private void choice(String key, Composite parent, Function<String, String> names) {
        add(key, new ChoiceFieldEditor(key, parent, names));
    }

    private void typed(String key, Composite parent, String tip) {
        add(key, new RuleFieldEditor(key, parent, tip));
    }

    private void add(String key, FieldEditor editor) {
        editors.put(key, editor);
        addField(editor);
    }

    @Override
    public boolean performOk() {
        checkState();
        if (!isValid()) {
            return false;
        }
        boolean done = super.performOk();
        if (getPreferenceStore() instanceof ScopedPreferenceStore store && store.needsSaving()) {
            try {
                store.save();
            } catch (IOException e) {
                ILog.of(getClass()).error("Cannot save the Glia preferences", e);
            }
        }
        return done;
    }

    /**
     * Enters a value in a field as the user would (typed, or chosen from the list); the page re-checks itself.
     *
     * @return false when a choice is not offered
     */
    public boolean enter(String key, String value) {
        FieldEditor e = editors.get(key);
        if (e instanceof RuleFieldEditor typed) {
            typed.type(value);
            return true;
        }
        boolean offered = ((ChoiceFieldEditor) e).select(value);
        checkState();
        return offered;
    }

    /** Does what the Restore Defaults button does: every field shows its default (stored on OK). */
    public void restoreDefaults() {
        performDefaults();
    }

    /** The value a field shows now. */
    public String shown(String key) {
        FieldEditor e = editors.get(key);
        return e instanceof RuleFieldEditor typed ? typed.getStringValue() : ((ChoiceFieldEditor) e).value();
    }

    /** The keys the page has a field for, in page order. */
    public java.util.Set<String> keys() {
        return editors.keySet();
    }
}
