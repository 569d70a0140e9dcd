package org.glia.ui.regions.internal.heatmap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.glia.explain.MethodDescriptor;
import org.glia.ui.regions.internal.Messages;

/**
 * Runs the heatmap's computations in jobs, one at a time: a new request cancels the one running, and only the
 * newest result reaches the view, on the UI thread, as the values in the network's order and as displayed.
 * A computation that fails (a method refusing the network) is reported with its reason. Call from the UI thread.
 */
final class HeatmapJobs {

    /** The work of one job: the values in natural order and as displayed. */
    private interface Work {
        HeatmapData[] run(IProgressMonitor monitor);
    }

    private final Control owner;
    private final BiConsumer<HeatmapData, HeatmapData> done;
    private final Consumer<String> failed;
    private Job job;
    private int generation;
    private boolean busy;
    private boolean valuesPending;

    /**
     * Jobs delivering to {@code done} (values, displayed) or {@code failed} (why) while {@code owner} lives.
     */
    HeatmapJobs(Control owner, BiConsumer<HeatmapData, HeatmapData> done, Consumer<String> failed) {
        this.owner = owner;
        this.done = done;
        this.failed = failed;
    }

    /** Computes the values and orders them (by similarity unless {@code natural}). */
    void compute(HeatmapComputation.Inputs inputs, HeatmapColumns columns, HeatmapSource source,
            MethodDescriptor method, String title, boolean natural) {
        valuesPending = true;
        schedule(Messages.heatmapComputing, monitor -> {
            HeatmapData values = HeatmapComputation.compute(inputs, columns, source, method, title, monitor);
            return new HeatmapData[] {values, order(values, natural, monitor)};
        });
    }

    /** Orders values already computed again. */
    void reorder(HeatmapData values, boolean natural) {
        schedule(Messages.heatmapOrdering, monitor -> new HeatmapData[] {values, order(values, natural, monitor)});
    }

    /** Cancels the job running, if any; its result will not be delivered. */
    void cancel() {
        generation++;
        if (job != null) {
            job.cancel();
        }
        busy = false;
        valuesPending = false;
    }

    /** True while a job is on its way. */
    boolean busy() {
        return busy;
    }

    /** True while new values (not just a new order) are on their way. */
    boolean valuesPending() {
        return valuesPending;
    }

    private static HeatmapData order(HeatmapData values, boolean natural, IProgressMonitor monitor) {
        return natural ? values : values.reorder(HeatmapOrder.clustered(values, monitor));
    }

    private void schedule(String name, Work work) {
        boolean values = valuesPending;
        cancel();
        valuesPending = values;
        busy = true;
        int g = generation;
        Job j = Job.create(name, monitor -> {
            try {
                HeatmapData[] result = work.run(monitor);
                deliver(g, () -> done.accept(result[0], result[1]));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                // a method that refuses this network or input: the view says why instead of failing the job
                deliver(g, () -> failed.accept(e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job = j;
        j.schedule();
    }

    private void deliver(int g, Runnable r) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed() && g == generation) {
                busy = false;
                valuesPending = false;
                r.run();
            }
        });
    }
}
