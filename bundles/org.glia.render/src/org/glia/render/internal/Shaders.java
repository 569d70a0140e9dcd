package org.glia.render.internal;

/** The GLSL 330 core sources of the brain renderer: shaded surfaces and region ids for picking. */
public final class Shaders {

    /** Transforms to eye space; passes the eye-space position and normal on for per-pixel lighting. */
    public static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 a_position;
            layout(location = 1) in vec3 a_normal;
            uniform mat4 u_view;
            uniform mat4 u_projection;
            out vec3 v_eye;
            out vec3 v_normal;
            void main() {
                vec4 eye = u_view * vec4(a_position, 1.0);
                v_eye = eye.xyz;
                // The view matrix is a rotation and a translation, so its upper 3x3 also turns normals.
                v_normal = mat3(u_view) * a_normal;
                gl_Position = u_projection * eye;
            }
            """;

    /**
     * Blinn-Phong with a key and a fill light given in eye space; u_lighting holds ambient, key, fill and
     * specular weights. The highlighted region gets a warm rim; u_dim fades the others towards the background.
     */
    public static final String SHADE = """
            #version 330 core
            in vec3 v_eye;
            in vec3 v_normal;
            uniform vec4 u_color;
            uniform vec3 u_key;
            uniform vec3 u_fill;
            uniform vec4 u_lighting;
            uniform float u_shininess;
            uniform float u_highlight;
            uniform float u_dim;
            uniform vec3 u_background;
            layout(location = 0) out vec4 o_color;
            void main() {
                vec3 n = normalize(v_normal);
                if (!gl_FrontFacing) n = -n;
                vec3 v = normalize(-v_eye);
                float key = max(dot(n, u_key), 0.0);
                float fill = max(dot(n, u_fill), 0.0);
                float spec = key > 0.0 ? pow(max(dot(n, normalize(u_key + v)), 0.0), u_shininess) : 0.0;
                vec3 c = u_color.rgb * (u_lighting.x + u_lighting.y * key + u_lighting.z * fill)
                        + vec3(u_lighting.w * spec);
                float rim = pow(1.0 - max(dot(n, v), 0.0), 2.0);
                c = mix(c, vec3(1.0, 0.8, 0.1), u_highlight * (0.25 + 0.75 * rim));
                c = mix(min(c, vec3(1.0)), u_background, u_dim);
                o_color = vec4(min(c, vec3(1.0)), u_color.a);
            }
            """;

    /** Writes the region's id (label index + 1; 0 is the background) into an integer target. */
    public static final String PICK = """
            #version 330 core
            uniform int u_id;
            layout(location = 0) out int o_id;
            void main() {
                o_id = u_id;
            }
            """;

    private Shaders() {
    }
}
