package org.glia.ui.internal.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/** A typed preference whose every keystroke is checked by {@link PreferenceRules}; a refused value blocks OK. */
final class RuleFieldEditor extends StringFieldEditor {

    private final Composite parent;

    RuleFieldEditor(String key, Composite parent, String tip) {
        super(key, PreferenceRules.label(key), 12, VALIDATE_ON_KEY_STROKE, parent);
        this.parent = parent;
        setEmptyStringAllowed(true);
        // pasted and programmatic text is checked as typed text is (the key listener misses it)
        getTextControl(parent).addModifyListener(e -> valueChanged());
        if (tip != null) {
            getTextControl(parent).setToolTipText(tip);
            getLabelControl(parent).setToolTipText(tip);
        }
    }

    @Override
    protected boolean doCheckState() {
        String problem = PreferenceRules.problem(getPreferenceName(), getStringValue());
        if (problem != null) {
            setErrorMessage(problem);
        }
        return problem == null;
    }

    @Override
    protected void doStore() {
        // GliaPreferences reads values as they are stored: no stray blanks around numbers
        getPreferenceStore().setValue(getPreferenceName(), getStringValue().trim());
    }

    /** Types {@code text} into the field, as the user would. */
    void type(String text) {
        getTextControl(parent).setText(text);
    }
}
