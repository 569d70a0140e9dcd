package org.glia.analysis.internal;

/** A fault of one experiment step, phrased for the user; the runner adds the file and the step number. */
public final class StepFault extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the fault. */
    public StepFault(String message) {
        super(message);
    }
}
