package org.glia.train;

/** Thrown when training cannot go on, e.g. the loss became infinite; the message is for the user. */
public class TrainingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public TrainingException(String message) {
        super(message);
    }
}
