package org.glia.ui.network.internal.editor;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.XMLMemento;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Remembers the view (zoom, pan, pick) a network editor had when it was closed, per absolute document path, so
 * that opening the document again without a workbench memento shows it as it was left. Kept in the bundle's dialog
 * settings (saved with the workbench), for the {@value #MAX} documents closed last.
 */
public final class ViewMemory {

    /** How many documents' views are kept. */
    public static final int MAX = 50;
    private static final String SECTION = "closedEditorViews";
    private static final String FILES = "files";
    private static final String STATES = "states";
    private static ViewMemory workbench;

    private final IDialogSettings settings;

    /** A memory kept in {@code settings} (a section of its own is used). */
    public ViewMemory(IDialogSettings settings) {
        IDialogSettings s = settings.getSection(SECTION);
        this.settings = s != null ? s : settings.addNewSection(SECTION);
    }

    /** The memory in the bundle's dialog settings (an in-memory one outside a running workbench). */
    public static synchronized ViewMemory ofWorkbench() {
        if (workbench == null) {
            Bundle bundle = FrameworkUtil.getBundle(ViewMemory.class);
            workbench = new ViewMemory(bundle != null && PlatformUI.isWorkbenchRunning()
                    ? PlatformUI.getDialogSettingsProvider(bundle).getDialogSettings()
                    : new DialogSettings("Glia"));
        }
        return workbench;
    }

    /** Remembers {@code state} for {@code file}, replacing what was remembered for it. */
    public void remember(Path file, ViewState state) {
        String key = key(file);
        List<String> files = new ArrayList<>(list(FILES));
        List<String> states = new ArrayList<>(list(STATES));
        if (states.size() != files.size()) {
            files.clear(); // damaged: start again
            states.clear();
        }
        int at = files.indexOf(key);
        if (at >= 0) {
            files.remove(at);
            states.remove(at);
        }
        files.add(0, key);
        states.add(0, encode(state));
        while (files.size() > MAX) {
            files.remove(MAX);
            states.remove(MAX);
        }
        settings.put(FILES, files.toArray(String[]::new));
        settings.put(STATES, states.toArray(String[]::new));
    }

    /** What was remembered for {@code file}, or null. */
    public ViewState recall(Path file) {
        List<String> files = list(FILES);
        List<String> states = list(STATES);
        int at = files.indexOf(key(file));
        return at < 0 || at >= states.size() ? null : decode(states.get(at));
    }

    private List<String> list(String name) {
        String[] a = settings.getArray(name);
        return a == null ? List.of() : Arrays.asList(a);
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** The state as the XML of its memento, the one format of {@link ViewState}. */
    private static String encode(ViewState state) {
        XMLMemento m = XMLMemento.createWriteRoot("view");
        state.save(m);
        StringWriter out = new StringWriter();
        try {
            m.save(out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static ViewState decode(String xml) {
        try {
            return ViewState.read(XMLMemento.createReadRoot(new StringReader(xml)));
        } catch (WorkbenchException e) {
            return null; // damaged: as if nothing was remembered
        }
    }
}
