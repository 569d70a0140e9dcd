package org.glia.ui.network;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.glia.core.io.DataException;

/**
 * Reads what a view needs of a study (its cohort, meshes...) in a background job and hands the result, or the
 * refusal, to the UI thread — only while the view still wants it (the user may have switched model meanwhile)
 * and its control is alive. Shared by the views that follow the network editor.
 */
public final class StudyLoad {

    /** Reads the view's data; long, so it takes a monitor. */
    @FunctionalInterface
    public interface Reader<T> {
        /** Reads; a DataException names the file and the fault. */
        T read(IProgressMonitor monitor) throws DataException;
    }

    private StudyLoad() {
    }

    /**
     * Schedules the reading as a system job and returns it (for cancelling).
     *
     * @param owner   the view's control: results are dropped once it is disposed
     * @param current whether the view still wants this result, asked on the UI thread
     * @param loaded  gets the result on the UI thread
     * @param refused gets the refusal on the UI thread
     */
    public static <T> Job start(String name, Control owner, Reader<T> reader, BooleanSupplier current,
            Consumer<T> loaded, Consumer<DataException> refused) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = reader.read(monitor);
                ui(owner, current, () -> loaded.accept(result));
            } catch (DataException e) {
                ui(owner, current, () -> refused.accept(e));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private static void ui(Control owner, BooleanSupplier current, Runnable r) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed() && current.getAsBoolean()) {
                r.run();
            }
        });
    }
}
