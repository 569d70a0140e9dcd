package org.glia.ui.network.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.glia.model.io.GliaDocument;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;

/** The pieces of UI the network editor hands out or opens: its Properties page and the file dialogs. */
public final class EditorPages {

    /** The file dialog filter of Glia documents. */
    static final String[] FILTER = {"*." + GliaDocument.EXTENSION};

    private EditorPages() {
    }

    /** A Properties page that shows and edits picked nodes and edges of {@code editor}. */
    public static IPropertySheetPage propertySheet(NetworkGraphEditor editor) {
        PropertySheetPage page = new PropertySheetPage();
        page.setPropertySourceProvider(o -> o instanceof NetworkPick p ? new PickPropertySource(editor, p) : null);
        return page;
    }

    /** Asks where to save a copy of {@code current}; null when cancelled. A missing extension is added. */
    public static Path askSaveAs(Shell shell, Path current) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setText(Messages.saveAsTitle);
        d.setFilterExtensions(FILTER);
        d.setOverwrite(true);
        if (current != null) {
            d.setFilterPath(current.getParent() == null ? null : current.getParent().toString());
            d.setFileName(current.getFileName().toString());
        }
        String chosen = d.open();
        return chosen == null ? null : withExtension(Path.of(chosen));
    }

    /** Asks which document to open; null when cancelled. */
    public static Path askOpen(Shell shell) {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText(Messages.openModelTitle);
        d.setFilterExtensions(FILTER);
        String chosen = d.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** {@code file}, or {@code file.glia} when it has another or no extension and no such file exists. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("." + GliaDocument.EXTENSION) || Files.exists(file)) {
            return file;
        }
        return file.resolveSibling(name + "." + GliaDocument.EXTENSION);
    }
}
