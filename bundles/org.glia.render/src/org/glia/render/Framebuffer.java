package org.glia.render;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;

import org.lwjgl.BufferUtils;

/** An offscreen render target: an RGBA8 colour and a 24-bit depth renderbuffer of a fixed size. */
final class Framebuffer implements AutoCloseable {

    private final int width;
    private final int height;
    private final int fbo;
    private final int color;
    private final int depth;

    /** Creates and binds the framebuffer; a GL context must be current. */
    Framebuffer(int width, int height) {
        checkSize(width, height);
        this.width = width;
        this.height = height;
        fbo = glGenFramebuffers();
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        color = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, color);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
        depth = glGenRenderbuffers();
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, width, height);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        if (status != GL_FRAMEBUFFER_COMPLETE) {
            close();
            throw new GlUnavailableException("framebuffer incomplete (0x" + Integer.toHexString(status) + ")");
        }
        bind();
    }

    /** Refuses sizes GL cannot allocate, before any GL object is made. */
    static void checkSize(int width, int height) {
        if (width < 1 || height < 1 || width > 16384 || height > 16384) {
            throw new IllegalArgumentException("image size must be 1..16384 pixels each way, got " + width + "x" + height);
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void bind() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glViewport(0, 0, width, height);
    }

    /** RGBA bytes, top row first (GL returns bottom row first). */
    ByteBuffer readRgba() {
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glPixelStorei(GL_PACK_ALIGNMENT, 1);
        ByteBuffer raw = BufferUtils.createByteBuffer(width * height * 4);
        glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, raw);
        ByteBuffer flipped = ByteBuffer.allocate(width * height * 4);
        int row = width * 4;
        byte[] line = new byte[row];
        for (int y = height - 1; y >= 0; y--) {
            raw.position(y * row);
            raw.get(line);
            flipped.put(line);
        }
        flipped.flip();
        return flipped;
    }

    @Override
    public void close() {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteRenderbuffers(color);
        glDeleteRenderbuffers(depth);
        glDeleteFramebuffers(fbo);
    }
}
