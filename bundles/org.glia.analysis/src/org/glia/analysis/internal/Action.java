package org.glia.analysis.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.io.DataException;

/** A parsed experiment step, ready to run against the run's state. */
@FunctionalInterface
public interface Action {

    /**
     * Runs the step.
     *
     * @return what it did, for the step's output line (without the step number and name)
     * @throws StepFault     when the step cannot be done (the runner names the file and the step)
     * @throws DataException when user data is refused (its message is complete)
     */
    String run(RunState state, IProgressMonitor monitor) throws StepFault, DataException;
}
