package org.glia.render.internal;

import static org.lwjgl.opengl.GL33C.*;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A picture with transparency (Java2D, premultiplied ARGB) laid over the bound framebuffer pixel for pixel:
 * uploaded once into a texture, then drawn as one screen-filling triangle with premultiplied blending.
 */
public final class OverlayImage implements AutoCloseable {

    private static final String VERTEX = """
            #version 330 core
            void main() {
                // One triangle covering the viewport: (-1,-1), (3,-1), (-1,3).
                vec2 p = vec2(float((gl_VertexID & 1) * 4 - 1), float((gl_VertexID >> 1) * 4 - 1));
                gl_Position = vec4(p, 0.0, 1.0);
            }
            """;

    private static final String FRAGMENT = """
            #version 330 core
            uniform sampler2D u_image;
            uniform int u_height;
            layout(location = 0) out vec4 o_color;
            void main() {
                // The picture's first row is the top one; GL counts rows from the bottom.
                o_color = texelFetch(u_image, ivec2(int(gl_FragCoord.x), u_height - 1 - int(gl_FragCoord.y)), 0);
            }
            """;

    private GlProgram program;
    private int texture;
    private int vao;
    private int width;
    private int height;

    /** Uploads a picture of type {@link BufferedImage#TYPE_INT_ARGB_PRE}; a GL context must be current. */
    public void upload(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("the overlay must be premultiplied ARGB");
        }
        if (texture == 0) {
            texture = glGenTextures();
        }
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        glBindTexture(GL_TEXTURE_2D, texture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        // A little-endian int 0xAARRGGBB is the bytes B, G, R, A.
        if (image.getWidth() == width && image.getHeight() == height) {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, argb);
        } else {
            width = image.getWidth();
            height = image.getHeight();
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, argb);
        }
        glBindTexture(GL_TEXTURE_2D, 0);
    }

    /** Blends the last uploaded picture over the bound framebuffer, its top-left at the viewport's top-left. */
    public void draw() {
        if (texture == 0) {
            return;
        }
        if (program == null) {
            program = new GlProgram(VERTEX, FRAGMENT);
            vao = glGenVertexArrays();
        }
        program.use();
        program.setInt("u_image", 0);
        program.setInt("u_height", height);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, texture);
        glBindVertexArray(vao);
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_CULL_FACE);
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glDisable(GL_BLEND);
        glEnable(GL_DEPTH_TEST);
        glBindVertexArray(0);
        glBindTexture(GL_TEXTURE_2D, 0);
        glUseProgram(0);
    }

    /** Frees the texture and program; the context they were made in must be current. */
    @Override
    public void close() {
        if (texture != 0) {
            glDeleteTextures(texture);
            texture = 0;
            width = 0;
            height = 0;
        }
        if (program != null) {
            program.close();
            program = null;
            glDeleteVertexArrays(vao);
            vao = 0;
        }
    }
}
