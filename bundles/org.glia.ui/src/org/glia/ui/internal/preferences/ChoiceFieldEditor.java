package org.glia.ui.internal.preferences;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** A preference chosen from a fixed list (colour maps, modes, engines) in a read-only combo showing readable names. */
final class ChoiceFieldEditor extends FieldEditor {

    private final List<String> values;
    private final Function<String, String> names;
    private Combo combo;

    ChoiceFieldEditor(String key, Composite parent, Function<String, String> names) {
        this.values = PreferenceRules.choices(key);
        this.names = names;
        init(key, PreferenceRules.label(key));
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        ((org.eclipse.swt.layout.GridData) combo.getLayoutData()).horizontalSpan = numColumns - 1;
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        getLabelControl(parent);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(values.stream().map(names).toArray(String[]::new));
        GridDataFactory.fillDefaults().grab(true, false).span(numColumns - 1, 1).applyTo(combo);
    }

    @Override
    protected void doLoad() {
        show(getPreferenceStore().getString(getPreferenceName()));
    }

    @Override
    protected void doLoadDefault() {
        show(getPreferenceStore().getDefaultString(getPreferenceName()));
    }

    @Override
    protected void doStore() {
        int i = combo.getSelectionIndex();
        if (i >= 0) {
            getPreferenceStore().setValue(getPreferenceName(), values.get(i));
        }
    }

    @Override
    public int getNumberOfControls() {
        return 2;
    }

    /** Shows a stored value; one no longer offered (a colour map whose bundle is gone) shows the first choice. */
    private void show(String value) {
        int i = values.indexOf(value);
        combo.select(Math.max(0, i));
    }

    /** Chooses {@code value}, as the user would; false when it is not offered. */
    boolean select(String value) {
        int i = values.indexOf(value);
        if (i >= 0) {
            combo.select(i);
        }
        return i >= 0;
    }

    /** The value chosen now. */
    String value() {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : values.get(i);
    }
}
