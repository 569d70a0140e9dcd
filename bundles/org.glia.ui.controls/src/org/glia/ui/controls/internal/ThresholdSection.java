package org.glia.ui.controls.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.glia.render.ThresholdMode;

/** The "Threshold and transparency" group: threshold, glass or hide below it, opacity and top-k labels. */
final class ThresholdSection {

    private final Text threshold;
    private final Button glass;
    private final Button hide;
    private final Scale opacity;
    private final Spinner topK;
    private boolean quiet;

    /** Creates the group in {@code parent}; {@code changed} runs after every edit. */
    ThresholdSection(Composite parent, Runnable changed) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(Messages.groupThreshold);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(g);
        Runnable run = () -> {
            if (!quiet) {
                changed.run();
            }
        };
        new Label(g, SWT.NONE).setText(Messages.threshold);
        threshold = new Text(g, SWT.BORDER);
        threshold.setMessage(Messages.thresholdHint);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(threshold);
        threshold.addModifyListener(e -> run.run());
        new Label(g, SWT.NONE);
        glass = new Button(g, SWT.RADIO);
        glass.setText(Messages.belowGlass);
        glass.setSelection(true);
        hide = new Button(g, SWT.RADIO);
        hide.setText(Messages.belowHide);
        hide.addListener(SWT.Selection, e -> run.run());
        new Label(g, SWT.NONE).setText(Messages.opacity);
        opacity = new Scale(g, SWT.HORIZONTAL);
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(100);
        opacity.setPageIncrement(10);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(opacity);
        opacity.addListener(SWT.Selection, e -> run.run());
        new Label(g, SWT.NONE).setText(Messages.topK);
        topK = new Spinner(g, SWT.BORDER);
        topK.setValues(5, 0, ControlsState.MAX_TOP_K, 0, 1, 5);
        topK.addListener(SWT.Selection, e -> run.run());
        topK.addModifyListener(e -> run.run());
    }

    /** Shows saved values without running the change hook. */
    void show(String thresholdText, ThresholdMode mode, int opacityPercent, int k) {
        quiet = true;
        try {
            threshold.setText(thresholdText);
            hide.setSelection(mode == ThresholdMode.HIDE);
            glass.setSelection(mode != ThresholdMode.HIDE);
            opacity.setSelection(opacityPercent);
            topK.setSelection(k);
        } finally {
            quiet = false;
        }
    }

    /** The threshold as typed. */
    String thresholdText() {
        return threshold.getText();
    }

    /**
     * The threshold as a number, NaN when blank.
     *
     * @throws IllegalArgumentException naming the field when it does not hold a number
     */
    double threshold() {
        return MappingSection.number(Messages.threshold, threshold);
    }

    ThresholdMode mode() {
        return hide.getSelection() ? ThresholdMode.HIDE : ThresholdMode.GLASS;
    }

    /** The opacity slider, 0..100. */
    int opacity() {
        return opacity.getSelection();
    }

    int topK() {
        return topK.getSelection();
    }
}
