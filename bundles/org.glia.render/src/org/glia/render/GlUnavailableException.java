package org.glia.render;

/** Thrown when OpenGL cannot be had headless; the message says what is missing and which packages give it. */
public final class GlUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final String HINT = " (headless OpenGL needs Mesa's EGL: apt-get install libegl1 libegl-mesa0 libgbm1 libgl1-mesa-dri)";

    /** Creates the exception with what went wrong. */
    public GlUnavailableException(String what) {
        super("OpenGL is unavailable: " + what + HINT);
    }

    /** Creates the exception with what went wrong and its cause. */
    public GlUnavailableException(String what, Throwable cause) {
        super("OpenGL is unavailable: " + what + HINT, cause);
    }
}
