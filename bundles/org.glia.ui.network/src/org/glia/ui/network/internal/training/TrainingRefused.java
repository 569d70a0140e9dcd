package org.glia.ui.network.internal.training;

/** Training cannot start; the message says why, for the user (never shown with a stack trace). */
final class TrainingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TrainingRefused(String message) {
        super(message);
    }
}
