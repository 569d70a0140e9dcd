package org.glia.ui.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A centred message (and an optional hint below it) telling the user what a part needs before it can show anything. */
public final class EmptyState extends Composite {

    private final String message;

    /** Creates the empty state; {@code hint} may be null. */
    public EmptyState(Composite parent, int style, String message, String hint) {
        super(parent, style);
        this.message = message;
        GridLayoutFactory.fillDefaults().margins(24, 24).applyTo(this);
        Label title = new Label(this, SWT.CENTER | SWT.WRAP);
        title.setText(message);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.END).hint(200, SWT.DEFAULT).applyTo(title);
        Label detail = new Label(this, SWT.CENTER | SWT.WRAP);
        detail.setText(hint == null ? "" : hint);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.BEGINNING).hint(200, SWT.DEFAULT)
                .applyTo(detail);
    }

    /** The main message. */
    public String message() {
        return message;
    }
}
