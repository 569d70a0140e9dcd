package org.glia.ui.network.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.glia.core.io.DataException;
import org.glia.model.Study;
import org.glia.model.edit.ModelEditing;
import org.glia.ui.GliaPreferences;
import org.glia.model.io.GliaDocument;
import org.glia.ui.network.internal.Messages;

/**
 * The document behind a network editor: its file, the editing domain (resource set and command stack) it is
 * loaded into, loading in a background job and atomic saving.
 */
public final class ModelDocument {

    private final EditingDomain domain = ModelEditing.createDomain(GliaPreferences.getInt(GliaPreferences.UNDO_LIMIT));
    private Path file;
    private Study study;

    /** The document of {@code file}; nothing is read until {@link #load}. */
    public ModelDocument(Path file) {
        this.file = file;
    }

    /**
     * Reads the document in a background job; then calls {@code loaded} with the study or {@code failed} with a
     * message for the user (the file and the fault, never a stack trace), through {@code ui}.
     */
    public void load(Executor ui, Consumer<Study> loaded, Consumer<String> failed) {
        Job job = Job.create(NLS.bind(Messages.loading, file.getFileName()), monitor -> {
            try {
                Resource r = GliaDocument.load(file, domain.getResourceSet());
                Study s = (Study) r.getContents().get(0);
                ui.execute(() -> {
                    study = s;
                    loaded.accept(s);
                });
            } catch (DataException e) {
                ui.execute(() -> failed.accept(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                ILog.of(getClass()).error("Cannot open " + file, e);
                ui.execute(() -> failed.accept(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Writes the study to {@code target} atomically; from then on the document is {@code target} and not dirty.
     *
     * @throws IOException when writing fails (the previous file is intact)
     */
    public void save(Path target) throws IOException {
        GliaDocument.save(study, target);
        file = target;
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /** True when the command stack has changes since loading or the last save. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** The document's file. */
    public Path file() {
        return file;
    }

    /** The editing domain. */
    public EditingDomain domain() {
        return domain;
    }

    /** The study, or null until loaded. */
    public Study study() {
        return study;
    }

    /** Unloads the document's resources. */
    public void dispose() {
        domain.getResourceSet().getResources().forEach(Resource::unload);
    }
}
