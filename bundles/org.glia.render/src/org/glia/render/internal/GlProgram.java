package org.glia.render.internal;

import static org.lwjgl.opengl.GL33C.*;

import java.util.HashMap;
import java.util.Map;

import org.glia.render.GlUnavailableException;

/** A linked GLSL program with cached uniform locations; a GL context must be current for every call. */
public final class GlProgram implements AutoCloseable {

    private final int id;
    private final Map<String, Integer> locations = new HashMap<>();

    /** Compiles and links a vertex and a fragment shader; failures carry the driver's log. */
    public GlProgram(String vertexSource, String fragmentSource) {
        int vs = compile(GL_VERTEX_SHADER, vertexSource);
        int fs = compile(GL_FRAGMENT_SHADER, fragmentSource);
        id = glCreateProgram();
        glAttachShader(id, vs);
        glAttachShader(id, fs);
        glLinkProgram(id);
        glDeleteShader(vs);
        glDeleteShader(fs);
        if (glGetProgrami(id, GL_LINK_STATUS) != GL_TRUE) {
            String log = glGetProgramInfoLog(id);
            glDeleteProgram(id);
            throw new GlUnavailableException("cannot link the brain shaders: " + log);
        }
    }

    private static int compile(int type, String source) {
        int shader = glCreateShader(type);
        glShaderSource(shader, source);
        glCompileShader(shader);
        if (glGetShaderi(shader, GL_COMPILE_STATUS) != GL_TRUE) {
            String log = glGetShaderInfoLog(shader);
            glDeleteShader(shader);
            throw new GlUnavailableException("cannot compile a brain shader (GLSL 330 core): " + log);
        }
        return shader;
    }

    /** Makes this the current program. */
    public void use() {
        glUseProgram(id);
    }

    /** The location of a uniform (-1 when the driver optimised it away). */
    public int location(String name) {
        return locations.computeIfAbsent(name, n -> glGetUniformLocation(id, n));
    }

    /** Sets a mat4 uniform from a column-major matrix. */
    public void setMatrix(String name, double[] m) {
        glUniformMatrix4fv(location(name), false, Mat4.toFloats(m));
    }

    /** Sets a vec3 uniform. */
    public void set(String name, double x, double y, double z) {
        glUniform3f(location(name), (float) x, (float) y, (float) z);
    }

    /** Sets a vec4 uniform. */
    public void set(String name, double x, double y, double z, double w) {
        glUniform4f(location(name), (float) x, (float) y, (float) z, (float) w);
    }

    /** Sets a float uniform. */
    public void set(String name, double v) {
        glUniform1f(location(name), (float) v);
    }

    /** Sets an int uniform. */
    public void setInt(String name, int v) {
        glUniform1i(location(name), v);
    }

    @Override
    public void close() {
        glDeleteProgram(id);
    }
}
