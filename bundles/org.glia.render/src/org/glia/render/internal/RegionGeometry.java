package org.glia.render.internal;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.RegionMesh;
import org.lwjgl.system.MemoryUtil;

/**
 * The meshes of an atlas in GL buffers, uploaded once: one vertex buffer (position and normal interleaved)
 * and one index buffer for all regions, with each region's range of indices so it can be drawn alone.
 */
public final class RegionGeometry implements AutoCloseable {

    private static final int FLOATS_PER_VERTEX = 6;

    private final AtlasMeshes source;
    private final int vao;
    private final int vbo;
    private final int ebo;
    private final Map<Integer, long[]> ranges = new HashMap<>();
    private final int triangles;

    /** Uploads the meshes; a GL context must be current. */
    public RegionGeometry(AtlasMeshes meshes) {
        this.source = meshes;
        List<RegionMesh> list = meshes.meshes();
        int vertices = list.stream().mapToInt(RegionMesh::vertexCount).sum();
        int indices = list.stream().mapToInt(m -> m.triangles().length).sum();
        triangles = indices / 3;
        FloatBuffer v = MemoryUtil.memAllocFloat(Math.max(1, vertices * FLOATS_PER_VERTEX));
        IntBuffer e = MemoryUtil.memAllocInt(Math.max(1, indices));
        try {
            int base = 0;
            for (RegionMesh m : list) {
                float[] p = m.positions();
                float[] n = m.normals();
                for (int i = 0; i < m.vertexCount(); i++) {
                    v.put(p, 3 * i, 3).put(n, 3 * i, 3);
                }
                ranges.put(m.index(), new long[] {(long) e.position() * Integer.BYTES, m.triangles().length});
                for (int t : m.triangles()) {
                    e.put(base + t);
                }
                base += m.vertexCount();
            }
            v.flip();
            e.flip();
            vao = glGenVertexArrays();
            glBindVertexArray(vao);
            vbo = glGenBuffers();
            glBindBuffer(GL_ARRAY_BUFFER, vbo);
            glBufferData(GL_ARRAY_BUFFER, v, GL_STATIC_DRAW);
            ebo = glGenBuffers();
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, e, GL_STATIC_DRAW);
            int stride = FLOATS_PER_VERTEX * Float.BYTES;
            glVertexAttribPointer(0, 3, GL_FLOAT, false, stride, 0L);
            glEnableVertexAttribArray(0);
            glVertexAttribPointer(1, 3, GL_FLOAT, false, stride, 3L * Float.BYTES);
            glEnableVertexAttribArray(1);
            glBindVertexArray(0);
        } finally {
            MemoryUtil.memFree(v);
            MemoryUtil.memFree(e);
        }
    }

    /** The meshes this geometry was made from. */
    public AtlasMeshes source() {
        return source;
    }

    /** Total triangles. */
    public int triangleCount() {
        return triangles;
    }

    /** Binds the vertex array; call before {@link #draw(int)}. */
    public void bind() {
        glBindVertexArray(vao);
    }

    /** Draws one region (nothing when it has no mesh here). */
    public void draw(int index) {
        long[] r = ranges.get(index);
        if (r != null && r[1] > 0) {
            glDrawElements(GL_TRIANGLES, (int) r[1], GL_UNSIGNED_INT, r[0]);
        }
    }

    @Override
    public void close() {
        glDeleteVertexArrays(vao);
        glDeleteBuffers(vbo);
        glDeleteBuffers(ebo);
    }
}
