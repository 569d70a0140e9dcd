package org.glia.render.internal;

import static org.lwjgl.opengl.GL33C.*;

import org.glia.render.GlUnavailableException;
import org.lwjgl.system.MemoryStack;

/** An offscreen framebuffer holding one 32-bit integer per pixel (a region id) and a depth buffer. */
public final class PickTarget implements AutoCloseable {

    private int fbo;
    private int ids;
    private int depth;
    private int width;
    private int height;

    /** Binds the target, (re)allocating it when the size changed; a GL context must be current. */
    public void bind(int w, int h) {
        if (fbo == 0 || w != width || h != height) {
            close();
            allocate(w, h);
        }
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, w, h);
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        fbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        ids = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, ids);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_R32I, w, h);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, ids);
        depth = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            close();
            throw new GlUnavailableException("picking framebuffer incomplete (0x" + Integer.toHexString(status) + ")");
        }
    }

    /** Clears the ids to 0 and the depth to far (within the scissor box, if one is set). */
    public void clear() {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            glClearBufferiv(GL_COLOR, 0, stack.ints(0, 0, 0, 0));
        }
        glClear(GL_DEPTH_BUFFER_BIT);
    }

    /** Reads the id at a pixel given in GL coordinates (origin at the bottom left). */
    public int read(int x, int yFromBottom) {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var out = stack.mallocInt(1);
            glReadPixels(x, yFromBottom, 1, 1, GL_RED_INTEGER, GL_INT, out);
            return out.get(0);
        }
    }

    /** Reads every id, top row first. */
    public int[] readAll() {
        int[] raw = new int[width * height];
        glReadPixels(0, 0, width, height, GL_RED_INTEGER, GL_INT, raw);
        int[] flipped = new int[raw.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(raw, y * width, flipped, (height - 1 - y) * width, width);
        }
        return flipped;
    }

    @Override
    public void close() {
        if (fbo != 0) {
            glDeleteRenderbuffers(ids);
            glDeleteRenderbuffers(depth);
            glDeleteFramebuffers(fbo);
            fbo = 0;
        }
    }
}
