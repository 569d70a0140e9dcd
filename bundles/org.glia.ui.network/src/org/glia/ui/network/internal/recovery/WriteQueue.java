package org.glia.ui.network.internal.recovery;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * One background job that runs the recovery writes in the order they were submitted, so that a document's newer
 * copy never lands before an older one.
 */
final class WriteQueue extends Job {

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    WriteQueue() {
        super(Messages.writeJob);
        setSystem(true);
        setPriority(Job.LONG);
    }

    /** Runs {@code task} after the ones submitted before it. */
    void submit(Runnable task) {
        tasks.add(task);
        schedule();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        for (Runnable t = tasks.poll(); t != null; t = tasks.poll()) {
            t.run();
        }
        return Status.OK_STATUS;
    }

    /** Waits until every submitted task has run, at most {@code millis} ms; true when they have. */
    boolean await(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!tasks.isEmpty() || getState() != Job.NONE) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
