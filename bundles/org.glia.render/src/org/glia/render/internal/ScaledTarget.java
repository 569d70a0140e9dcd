package org.glia.render.internal;

import static org.lwjgl.opengl.GL33C.*;

import org.glia.render.GlUnavailableException;

/**
 * A smaller offscreen colour and depth target that a frame is drawn into and then stretched onto the
 * framebuffer that was bound, so a software GL shades fewer pixels while the user drags.
 */
public final class ScaledTarget implements AutoCloseable {

    private int fbo;
    private int color;
    private int depth;
    private int width;
    private int height;

    /** Binds the target at {@code w} x {@code h}, (re)allocating it when the size changed. */
    public void bind(int w, int h) {
        if (fbo == 0 || w != width || h != height) {
            close();
            width = w;
            height = h;
            fbo = glGenFramebuffers();
            glBindFramebuffer(GL_FRAMEBUFFER, fbo);
            color = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, color);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
            depth = glGenRenderbuffers();
            glBindRenderbuffer(GL_RENDERBUFFER, depth);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, w, h);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
            if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
                close();
                throw new GlUnavailableException("reduced-resolution framebuffer incomplete");
            }
        }
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    }

    /** Stretches the target's colour over {@code w} x {@code h} pixels of framebuffer {@code destination}, which stays bound. */
    public void blitTo(int destination, int w, int h) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, destination);
        glBlitFramebuffer(0, 0, width, height, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_LINEAR);
        glBindFramebuffer(GL_FRAMEBUFFER, destination);
        glViewport(0, 0, w, h);
    }

    @Override
    public void close() {
        if (fbo != 0) {
            glDeleteRenderbuffers(color);
            glDeleteRenderbuffers(depth);
            glDeleteFramebuffers(fbo);
            fbo = 0;
        }
    }
}
