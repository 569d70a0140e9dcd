package org.glia.core.cli;

/** Thrown by a command when its arguments are wrong; the launcher prints the message and the usage, exit 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the faulty argument. */
    public UsageException(String message) {
        super(message);
    }
}
