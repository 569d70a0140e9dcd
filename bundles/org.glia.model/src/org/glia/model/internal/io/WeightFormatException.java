package org.glia.model.internal.io;

/** A fault in the binary weight part of a {@code .glia} document; the message completes "weights.bin ...". */
public final class WeightFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that follows the entry name. */
    public WeightFormatException(String message) {
        super(message);
    }
}
