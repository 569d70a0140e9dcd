package org.glia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/**
 * Proves LWJGL works inside OSGi without a display: an EGL surfaceless GL 3.3 core context renders a
 * triangle into a framebuffer and the pixels read back are the ones drawn; two contexts on one thread take turns.
 */
class HeadlessGlTest {

    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec2 position;
            void main() { gl_Position = vec4(position, 0.0, 1.0); }
            """;
    private static final String FRAGMENT = """
            #version 330 core
            out vec4 color;
            void main() { color = vec4(1.0, 0.0, 0.0, 1.0); }
            """;

    @Test
    void rendersATriangleAndReadsBackItsPixels() {
        try (HeadlessGl gl = HeadlessGl.create(64, 48)) {
            assertTrue(gl.version().startsWith("3.3") || gl.version().compareTo("3.3") > 0, gl.version());
            gl.bind();
            glClearColor(0f, 0f, 1f, 1f);
            glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
            int program = link(compile(GL_VERTEX_SHADER, VERTEX), compile(GL_FRAGMENT_SHADER, FRAGMENT));
            int vao = glGenVertexArrays();
            glBindVertexArray(vao);
            int vbo = glGenBuffers();
            glBindBuffer(GL_ARRAY_BUFFER, vbo);
            // A triangle covering the centre but not the corners.
            glBufferData(GL_ARRAY_BUFFER, new float[] { -0.5f, -0.5f, 0.5f, -0.5f, 0f, 0.6f }, GL_STATIC_DRAW);
            glVertexAttribPointer(0, 2, GL_FLOAT, false, 0, 0L);
            glEnableVertexAttribArray(0);
            glUseProgram(program);
            glDrawArrays(GL_TRIANGLES, 0, 3);
            glFinish();
            assertEquals(GL_NO_ERROR, glGetError());

            ByteBuffer rgba = gl.readRgba();
            assertEquals(64 * 48 * 4, rgba.remaining());
            assertEquals(0xFF0000FF, pixel(rgba, 64, 32, 24), "centre is the triangle's red");
            assertEquals(0x0000FFFF, pixel(rgba, 64, 1, 1), "top-left corner is the clear blue");
            assertEquals(0x0000FFFF, pixel(rgba, 64, 62, 46), "bottom-right corner is the clear blue");
            // The apex points up: the row just below the top stays clear, rows near the bottom edge of the triangle are red.
            assertEquals(0x0000FFFF, pixel(rgba, 64, 32, 2));
            assertEquals(0xFF0000FF, pixel(rgba, 64, 32, 34));

            glDeleteBuffers(vbo);
            glDeleteVertexArrays(vao);
            glDeleteProgram(program);
        }
    }

    @Test
    void bindMakesItsContextCurrentAgainAfterAnotherOne() {
        try (HeadlessGl a = HeadlessGl.create(8, 6)) {
            a.bind();
            glClearColor(1f, 0f, 0f, 1f);
            glClear(GL_COLOR_BUFFER_BIT);
            try (HeadlessGl b = HeadlessGl.create(16, 12)) {
                // b is current now, with a framebuffer object of the same number as a's in its own context
                assertTrue(b.isCurrent() && !a.isCurrent());
                b.bind();
                glClearColor(0f, 0f, 1f, 1f);
                glClear(GL_COLOR_BUFFER_BIT);

                a.bind();
                assertTrue(a.isCurrent() && !b.isCurrent(), "bind() made a's context current");
                int[] viewport = new int[4];
                glGetIntegerv(GL_VIEWPORT, viewport);
                assertEquals(8, viewport[2]);
                assertEquals(0xFF0000FF, pixel(a.readRgba(), 8, 3, 3), "a's own red frame, not b's blue one");

                a.release();
                assertFalse(a.isCurrent() || b.isCurrent(), "released: no context current on this thread");
                b.bind();
                assertEquals(0x0000FFFF, pixel(b.readRgba(), 16, 10, 10));
                assertEquals(GL_NO_ERROR, glGetError());
            }
            // closing b leaves the shared display to a, which still draws
            a.bind();
            glClearColor(0f, 1f, 0f, 1f);
            glClear(GL_COLOR_BUFFER_BIT);
            assertEquals(0x00FF00FF, pixel(a.readRgba(), 8, 1, 1));
        }
    }

    @Test
    void refusesAbsurdSizes() {
        try (HeadlessGl gl = HeadlessGl.create(8, 8)) {
            assertEquals(8, gl.width());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> HeadlessGl.create(0, 10));
    }

    private static int pixel(ByteBuffer rgba, int width, int x, int y) {
        int i = (y * width + x) * 4;
        return (rgba.get(i) & 0xFF) << 24 | (rgba.get(i + 1) & 0xFF) << 16 | (rgba.get(i + 2) & 0xFF) << 8
                | (rgba.get(i + 3) & 0xFF);
    }

    private static int compile(int type, String source) {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        assertEquals(GL_TRUE, glGetShaderi(shader, GL_COMPILE_STATUS), glGetShaderInfoLog(shader));
        return shader;
    }

    private static int link(int vs, int fs) {
        int program = glCreateProgram();
        glAttachShader(program, vs);
        glAttachShader(program, fs);
        glLinkProgram(program);
        assertEquals(GL_TRUE, glGetProgrami(program, GL_LINK_STATUS), glGetProgramInfoLog(program));
        glDeleteShader(vs);
        glDeleteShader(fs);
        return program;
    }
}
