package org.glia.ui.controls.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.glia.core.color.ValueMapping;

/** A group of fields choosing one intensity mapping: curve, gamma and clamp range (blank: automatic). */
final class MappingSection {

    private static final ValueMapping.Kind[] KINDS = ValueMapping.Kind.values();

    private final Combo curve;
    private final Text gamma;
    private final Text min;
    private final Text max;
    private boolean quiet;

    /** Creates the group in {@code parent}; {@code changed} runs after every edit. */
    MappingSection(Composite parent, String title, Runnable changed) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        new Label(group, SWT.NONE).setText(Messages.curve);
        curve = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        curve.setItems(Messages.curveLinear, Messages.curveLog, Messages.curveGamma);
        curve.select(0);
        new Label(group, SWT.NONE).setText(Messages.gamma);
        gamma = new Text(group, SWT.BORDER);
        gamma.setText("1");
        new Label(group, SWT.NONE).setText(Messages.clampMin);
        min = new Text(group, SWT.BORDER);
        min.setMessage(Messages.automaticHint);
        new Label(group, SWT.NONE).setText(Messages.clampMax);
        max = new Text(group, SWT.BORDER);
        max.setMessage(Messages.automaticHint);
        for (Text t : new Text[] {gamma, min, max}) {
            GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(t);
            t.addModifyListener(e -> {
                if (!quiet) {
                    changed.run();
                }
            });
        }
        curve.addListener(SWT.Selection, e -> {
            gamma.setEnabled(curve.getSelectionIndex() == 2);
            changed.run();
        });
        gamma.setEnabled(false);
    }

    /**
     * The mapping chosen.
     *
     * @throws IllegalArgumentException naming the field when a number is not one (or gamma is not positive)
     */
    MappingChoice choice() {
        ValueMapping.Kind kind = KINDS[Math.max(0, curve.getSelectionIndex())];
        double g = kind == ValueMapping.Kind.GAMMA ? number(Messages.gamma, gamma) : 1;
        if (Double.isNaN(g)) {
            g = 1;
        }
        return new MappingChoice(kind, g, number(Messages.clampMin, min), number(Messages.clampMax, max));
    }

    /** The fields as they are now (texts as typed). */
    MappingFields fields() {
        return new MappingFields(KINDS[Math.max(0, curve.getSelectionIndex())], gamma.getText(), min.getText(),
                max.getText());
    }

    /** Shows saved fields (without running the change hook: the caller applies everything once). */
    void show(MappingFields f) {
        curve.select(f.kind().ordinal());
        gamma.setEnabled(f.kind() == ValueMapping.Kind.GAMMA);
        quiet = true;
        try {
            gamma.setText(f.gamma());
            min.setText(f.min());
            max.setText(f.max());
        } finally {
            quiet = false;
        }
    }

    /** The curve combo (for tests). */
    Combo curve() {
        return curve;
    }

    static double number(String field, Text text) {
        try {
            return MappingChoice.parse(text.getText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.badNumber, field.replace(":", ""), text.getText()));
        }
    }
}
