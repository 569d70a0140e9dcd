package org.glia.ui.brain.internal;

import org.eclipse.swt.opengl.GLCanvas;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.SharedLibrary;

/**
 * LWJGL's side of an SWT {@link GLCanvas}: its capabilities, made once; the context made current for each
 * use and released again after it.
 * <p>
 * Why: headless rendering ({@code HeadlessGl}: PNG export, reports, tests) may run on the UI thread too. With
 * libglvnd a thread holds one current context across GLX and EGL, so an EGL context cannot be made current
 * while the canvas's GLX context is, and LWJGL keeps the current capabilities per thread, which
 * {@code HeadlessGl.close()} clears. GL's function provider is process-wide: when nothing has set one yet the
 * canvas installs LWJGL's default (libGL); when {@code HeadlessGl} got there first its EGL provider is kept,
 * which serves a GLX context too, because both hand out libglvnd's dispatching entry points.
 */
final class CanvasGl {

    private static long glXGetCurrentContext;
    private static long glXGetCurrentDisplay;
    private static long glXMakeCurrent;

    private final GLCanvas canvas;
    private GLCapabilities capabilities;

    CanvasGl(GLCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * Makes the canvas's context current on this thread with its capabilities; false when the thread holds
     * another API's context (an open {@code HeadlessGl}), so the canvas cannot draw now.
     *
     * @throws IllegalStateException when the context has no usable OpenGL (the message says why)
     */
    boolean makeCurrent() {
        canvas.setCurrent();
        if (JNI.callP(glx()[0]) == 0) {
            return false;
        }
        if (capabilities == null) {
            capabilities = create();
        }
        GL.setCapabilities(capabilities);
        return true;
    }

    /** Releases the context from this thread, so headless GL can run on it until the next use. */
    void release() {
        long[] f = glx();
        long display = JNI.callP(f[1]);
        if (display != 0) {
            JNI.callPPPI(display, 0L, 0L, f[2]);
        }
        GL.setCapabilities(null);
    }

    private static synchronized GLCapabilities create() {
        if (GL.getFunctionProvider() == null) {
            GL.create();
        }
        GLCapabilities caps = GL.createCapabilities();
        if (!caps.OpenGL33) {
            throw new IllegalStateException(Messages.needGl33);
        }
        return caps;
    }

    /** glXGetCurrentContext, glXGetCurrentDisplay and glXMakeCurrent from libGL, looked up once. */
    private static synchronized long[] glx() {
        if (glXMakeCurrent == 0) {
            SharedLibrary gl = Library.loadNative(CanvasGl.class, "org.lwjgl.opengl", "libGL.so.1");
            glXGetCurrentContext = gl.getFunctionAddress("glXGetCurrentContext");
            glXGetCurrentDisplay = gl.getFunctionAddress("glXGetCurrentDisplay");
            glXMakeCurrent = gl.getFunctionAddress("glXMakeCurrent");
            if (glXGetCurrentContext == 0 || glXGetCurrentDisplay == 0 || glXMakeCurrent == 0) {
                throw new IllegalStateException("libGL.so.1 lacks GLX");
            }
        }
        return new long[] {glXGetCurrentContext, glXGetCurrentDisplay, glXMakeCurrent};
    }

    /** True once the capabilities were made. */
    boolean ready() {
        return capabilities != null;
    }
}
