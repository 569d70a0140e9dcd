package org.glia.render;

import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.eglChooseConfig;
import static org.lwjgl.egl.EGL10.eglDestroyContext;
import static org.lwjgl.egl.EGL10.eglGetError;
import static org.lwjgl.egl.EGL10.eglInitialize;
import static org.lwjgl.egl.EGL10.eglMakeCurrent;
import static org.lwjgl.egl.EGL10.eglTerminate;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_BIT;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EGL14;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL33C;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * An OpenGL 3.3 core context without any display: EGL on Mesa's surfaceless platform, rendering into a
 * framebuffer object of a fixed size. Used by the CLI ({@code glia render}), the report and the tests, so
 * they draw with the same renderer as the workbench.
 * <p>
 * A context is bound to the thread that created it; use it from that thread only and close it there. Other
 * contexts may be made current on the same thread in between (an SWT GL canvas, another headless context):
 * {@link #bind()} makes this one current again, and {@link #release()} lets go of it.
 */
public final class HeadlessGl implements AutoCloseable {

    /** EGL_PLATFORM_SURFACELESS_MESA. */
    private static final int PLATFORM_SURFACELESS_MESA = 0x31DD;
    private static final int EGL_SURFACE_TYPE = 0x3033;
    private static final int EGL_PBUFFER_BIT = 0x0001;
    private static final int EGL_RENDERABLE_TYPE = 0x3040;
    private static final int EGL_CONTEXT_MAJOR_VERSION = 0x3098;
    private static final int EGL_CONTEXT_MINOR_VERSION = 0x30FB;
    private static final int EGL_CONTEXT_OPENGL_PROFILE_MASK = 0x30FD;
    private static final int EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT = 0x0001;

    /** Open contexts: the surfaceless display is one per process, so it is terminated with the last of them. */
    private static int open;

    private final long display;
    private final long context;
    private final GLCapabilities capabilities;
    private final Framebuffer framebuffer;
    private boolean closed;

    private HeadlessGl(long display, long context, GLCapabilities capabilities, Framebuffer framebuffer) {
        this.display = display;
        this.context = context;
        this.capabilities = capabilities;
        this.framebuffer = framebuffer;
    }

    /**
     * Creates a context and a {@code width} x {@code height} framebuffer, current on this thread.
     *
     * @throws GlUnavailableException when EGL, the surfaceless platform or GL 3.3 core is missing, with a
     *                                message saying which Debian packages provide them
     */
    public static synchronized HeadlessGl create(int width, int height) {
        Framebuffer.checkSize(width, height);
        // Without this LWJGL would load libGL through GLX, which needs an X display.
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        try {
            EGLCapabilities client = EGL.getCapabilities();
            long getPlatformDisplay = client.eglGetPlatformDisplay != MemoryUtil.NULL ? client.eglGetPlatformDisplay
                    : client.eglGetPlatformDisplayEXT;
            if (getPlatformDisplay == MemoryUtil.NULL) {
                throw new GlUnavailableException("EGL lacks eglGetPlatformDisplay");
            }
            // LWJGL's wrapper refuses a NULL native display, which the surfaceless platform requires.
            long display = JNI.invokePPP(PLATFORM_SURFACELESS_MESA, MemoryUtil.NULL, MemoryUtil.NULL, getPlatformDisplay);
            if (display == MemoryUtil.NULL) {
                throw new GlUnavailableException("no EGL surfaceless display (EGL error 0x" + Integer.toHexString(eglGetError()) + ")");
            }
            long ctx;
            try (MemoryStack stack = MemoryStack.stackPush()) {
                IntBuffer major = stack.mallocInt(1);
                IntBuffer minor = stack.mallocInt(1);
                if (!eglInitialize(display, major, minor)) {
                    throw new GlUnavailableException("eglInitialize failed (0x" + Integer.toHexString(eglGetError()) + ")");
                }
                EGL.createDisplayCapabilities(display, major.get(0), minor.get(0));
                if (!eglBindAPI(EGL_OPENGL_API)) {
                    throw new GlUnavailableException("EGL cannot bind the desktop OpenGL API");
                }
                IntBuffer configAttribs = stack.ints(EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE,
                        EGL_OPENGL_BIT, EGL10.EGL_RED_SIZE, 8, EGL10.EGL_GREEN_SIZE, 8, EGL10.EGL_BLUE_SIZE, 8,
                        EGL10.EGL_ALPHA_SIZE, 8, EGL10.EGL_DEPTH_SIZE, 24, EGL_NONE);
                PointerBuffer configs = stack.mallocPointer(1);
                IntBuffer count = stack.mallocInt(1);
                if (!eglChooseConfig(display, configAttribs, configs, count) || count.get(0) == 0) {
                    throw new GlUnavailableException("no EGL config for OpenGL with RGBA8 and depth");
                }
                IntBuffer contextAttribs = stack.ints(EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                        EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE);
                ctx = EGL10.eglCreateContext(display, configs.get(0), EGL10.EGL_NO_CONTEXT, contextAttribs);
                if (ctx == MemoryUtil.NULL) {
                    throw new GlUnavailableException("cannot create an OpenGL 3.3 core context (0x"
                            + Integer.toHexString(eglGetError()) + ")");
                }
                if (!eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, ctx)) {
                    throw new GlUnavailableException("cannot make the context current without a surface");
                }
            }
            if (GL.getFunctionProvider() == null) {
                // GL's function provider is process-wide; later contexts reuse it.
                GL.create(EGL.getFunctionProvider());
            }
            GLCapabilities caps = GL.createCapabilities();
            Framebuffer fb = new Framebuffer(width, height);
            open++;
            return new HeadlessGl(display, ctx, caps, fb);
        } catch (GlUnavailableException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new GlUnavailableException(e.toString(), e);
        }
    }

    /** The GL capabilities of this context. */
    public GLCapabilities capabilities() {
        return capabilities;
    }

    /** The GL_VERSION string, e.g. "4.5 (Core Profile) Mesa 22.3.6". */
    public String version() {
        return GL33C.glGetString(GL33C.GL_VERSION);
    }

    /** The GL_RENDERER string, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)". */
    public String renderer() {
        return GL33C.glGetString(GL33C.GL_RENDERER);
    }

    /** The framebuffer's width in pixels. */
    public int width() {
        return framebuffer.width();
    }

    /** The framebuffer's height in pixels. */
    public int height() {
        return framebuffer.height();
    }

    /**
     * Makes this context current on the calling thread with its GL capabilities (another context, e.g. a
     * window's, may have been made current since), then binds the framebuffer and sets the viewport to cover it.
     *
     * @throws GlUnavailableException when EGL refuses to make the context current, e.g. while the thread
     *                                holds another API's context
     */
    public void bind() {
        makeCurrent();
        framebuffer.bind();
    }

    /**
     * Lets go of the context on this thread, so that another one (a window's GLX context) can be made current;
     * {@link #bind()} takes it back.
     */
    public void release() {
        eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_CONTEXT);
        GL.setCapabilities(null);
    }

    /** True while this context is the calling thread's current EGL context. */
    public boolean isCurrent() {
        return EGL14.eglGetCurrentContext() == context;
    }

    private void makeCurrent() {
        if (!eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, context)) {
            throw new GlUnavailableException("cannot make the headless context current again (EGL error 0x"
                    + Integer.toHexString(eglGetError()) + ")");
        }
        GL.setCapabilities(capabilities);
    }

    /** Reads the framebuffer as RGBA bytes, top row first (as images are stored). */
    public ByteBuffer readRgba() {
        return framebuffer.readRgba();
    }

    /** Frees the framebuffer and the context; the context is made current for that first. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Destroying the context frees its objects anyway; deleting them first only when it can be made current.
        if (eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, context)) {
            GL.setCapabilities(capabilities);
            framebuffer.close();
        }
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_SURFACE, EGL10.EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        synchronized (HeadlessGl.class) {
            if (--open == 0) {
                eglTerminate(display);
            }
        }
    }
}
