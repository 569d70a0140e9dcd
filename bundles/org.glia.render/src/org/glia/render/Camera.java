package org.glia.render;

import org.glia.render.internal.Mat4;
import org.glia.render.internal.Quat;

/**
 * A perspective camera orbiting a box of the world (the atlas bounds): arcball rotation from mouse
 * movements, zoom, pan, reset and the {@link StandardView standard views}. Pixel coordinates have x to the
 * right and y down from the top-left corner of the viewport, as mouse events do. Not thread-safe.
 */
public final class Camera {

    /** Vertical field of view: narrow, so the picture is close to an orthographic drawing. */
    public static final double FOV_Y = Math.toRadians(30);

    private static final double MARGIN = 1.08;

    private final double[] boxMin = new double[3];
    private final double[] boxMax = new double[3];
    private final double[] center = new double[3];
    private double radius;
    private Quat orientation;
    private double distance;
    private int width = 800;
    private int height = 600;
    private StandardView home = StandardView.LEFT;

    /** A camera framing the box {@code min..max} from {@link StandardView#LEFT}. */
    public Camera(float[] min, float[] max) {
        for (int i = 0; i < 3; i++) {
            boolean finite = Float.isFinite(min[i]) && Float.isFinite(max[i]) && max[i] >= min[i];
            boxMin[i] = finite ? min[i] : -1;
            boxMax[i] = finite ? max[i] : 1;
        }
        double d2 = 0;
        for (int i = 0; i < 3; i++) {
            d2 += (boxMax[i] - boxMin[i]) * (boxMax[i] - boxMin[i]);
        }
        radius = Math.max(Math.sqrt(d2) / 2, 1e-3);
        view(home);
    }

    /** An independent camera in the same state. */
    public Camera copy() {
        Camera c = new Camera(toFloats(boxMin), toFloats(boxMax));
        System.arraycopy(center, 0, c.center, 0, 3);
        c.orientation = orientation;
        c.distance = distance;
        c.width = width;
        c.height = height;
        c.home = home;
        return c;
    }

    private static float[] toFloats(double[] d) {
        return new float[] {(float) d[0], (float) d[1], (float) d[2]};
    }

    /**
     * Sets the viewport size in pixels, which pixel movements and projections refer to. It keeps the
     * orientation and distance; call {@link #view(StandardView)} or {@link #reset()} afterwards to refit.
     */
    public void setViewport(int newWidth, int newHeight) {
        if (newWidth < 1 || newHeight < 1) {
            throw new IllegalArgumentException("viewport must be at least 1x1: " + newWidth + "x" + newHeight);
        }
        width = newWidth;
        height = newHeight;
    }

    /** The viewport width in pixels. */
    public int width() {
        return width;
    }

    /** The viewport height in pixels. */
    public int height() {
        return height;
    }

    /** Looks from a standard side, centred, at a distance that fits the box in the viewport. */
    public void view(StandardView v) {
        orientation = Quat.fromRows(v.right(), v.up(), v.towardsCamera());
        fit();
    }

    /** Refits the distance and recentres on the box for the current orientation and viewport (after a resize). */
    public void fit() {
        for (int i = 0; i < 3; i++) {
            center[i] = (boxMin[i] + boxMax[i]) / 2;
        }
        distance = fitDistance();
    }

    /** Where the camera is, for saving a view: orientation (w, x, y, z), distance, centre (x, y, z). */
    public double[] pose() {
        return new double[] {orientation.w(), orientation.x(), orientation.y(), orientation.z(), distance, center[0],
            center[1], center[2]};
    }

    /**
     * Goes to a pose from {@link #pose()} (e.g. of the previous session).
     *
     * @return false, leaving the camera as it was, when the pose is malformed (length, non-finite numbers, a
     *         distance not above zero, a zero rotation)
     */
    public boolean setPose(double[] p) {
        if (p == null || p.length != 8) {
            return false;
        }
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        Quat q = new Quat(p[0], p[1], p[2], p[3]);
        if (!(p[4] > 0) || Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2] + p[3] * p[3]) < 1e-9) {
            return false;
        }
        orientation = q.normalized();
        distance = p[4];
        System.arraycopy(p, 5, center, 0, 3);
        return true;
    }

    /** Goes back to the view given by {@link #setHome(StandardView)} (left by default), undoing zoom and pan. */
    public void reset() {
        view(home);
    }

    /** Chooses the view {@link #reset()} returns to. */
    public void setHome(StandardView v) {
        home = v;
    }

    /**
     * Rotates like a trackball for a mouse movement of {@code dx, dy} pixels: the near side of the brain
     * follows the pointer; a drag across the shorter side of the viewport turns it by 180 degrees.
     */
    public void rotate(double dx, double dy) {
        double angle = Math.PI * Math.hypot(dx, dy) / Math.min(width, height);
        // In eye space (x right, y up, z to the viewer) the axis is perpendicular to the drag.
        Quat turn = Quat.axisAngle(dy, dx, 0, angle);
        orientation = turn.times(orientation).normalized();
    }

    /**
     * Shoemake's arcball for a drag from pixel {@code (x0, y0)} to {@code (x1, y1)}: the points are lifted
     * onto a sphere filling the viewport (Bell's hyperbolic sheet outside it) and the brain turns by the arc
     * between them.
     */
    public void arcball(double x0, double y0, double x1, double y1) {
        double[] a = sphere(x0, y0);
        double[] b = sphere(x1, y1);
        double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
        double[] axis = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        orientation = Quat.axisAngle(axis[0], axis[1], axis[2], Math.acos(dot)).times(orientation).normalized();
    }

    private double[] sphere(double x, double y) {
        double s = Math.min(width, height);
        double nx = (2 * x - width) / s;
        double ny = (height - 2 * y) / s;
        double r2 = nx * nx + ny * ny;
        double nz = r2 <= 0.5 ? Math.sqrt(1 - r2) : 0.5 / Math.sqrt(r2);
        double n = Math.sqrt(r2 + nz * nz);
        return new double[] {nx / n, ny / n, nz / n};
    }

    /** Moves closer ({@code factor > 1}) or away; the distance stays between a fifth and 20 times the box size. */
    public void zoom(double factor) {
        if (factor > 0 && Double.isFinite(factor)) {
            distance = Math.max(radius * 0.2, Math.min(radius * 20, distance / factor));
        }
    }

    /** Shifts the picture by {@code dx, dy} pixels (the point under the pointer follows it at the centre's depth). */
    public void pan(double dx, double dy) {
        double perPixel = 2 * distance * Math.tan(FOV_Y / 2) / height;
        double[] r = orientation.matrix();
        for (int i = 0; i < 3; i++) {
            center[i] -= (r[i] * dx - r[3 + i] * dy) * perPixel;
        }
    }

    /** The world-to-eye matrix (column-major). */
    public double[] viewMatrix() {
        double[] rot = Mat4.rotation(orientation.matrix());
        double[] m = Mat4.multiply(rot, Mat4.translation(-center[0], -center[1], -center[2]));
        return Mat4.multiply(Mat4.translation(0, 0, -distance), m);
    }

    /** The eye-to-clip matrix for the viewport's shape (column-major), with near and far planes around the box. */
    public double[] projectionMatrix() {
        double near = Math.max(distance - radius * 1.5, distance * 0.01);
        double far = distance + radius * 1.5;
        return Mat4.perspective(FOV_Y, (double) width / height, near, far);
    }

    /**
     * Projects a world point to the viewport: pixel x, pixel y (top-down) and its depth in front of the
     * camera (larger is farther).
     */
    public double[] project(double x, double y, double z) {
        double[] eye = Mat4.transform(viewMatrix(), x, y, z);
        double[] clip = Mat4.transform(projectionMatrix(), eye[0], eye[1], eye[2]);
        return new double[] {(clip[0] / clip[3] + 1) / 2 * width, (1 - clip[1] / clip[3]) / 2 * height, -eye[2]};
    }

    /** The distance of a world point in front of the camera, along the view direction. */
    public double depth(double x, double y, double z) {
        return -Mat4.transform(viewMatrix(), x, y, z)[2];
    }

    /** The camera position in world coordinates. */
    public double[] eye() {
        double[] r = orientation.matrix();
        return new double[] {center[0] + r[6] * distance, center[1] + r[7] * distance, center[2] + r[8] * distance};
    }

    /** The smallest distance at which the box fits the viewport for the current orientation. */
    private double fitDistance() {
        double tanY = Math.tan(FOV_Y / 2) / MARGIN;
        double tanX = tanY * width / height;
        double[] r = orientation.matrix();
        double need = 0;
        for (int c = 0; c < 8; c++) {
            double[] p = {(c & 1) == 0 ? boxMin[0] : boxMax[0], (c & 2) == 0 ? boxMin[1] : boxMax[1],
                    (c & 4) == 0 ? boxMin[2] : boxMax[2]};
            double[] e = new double[3];
            for (int i = 0; i < 3; i++) {
                e[i] = r[3 * i] * (p[0] - center[0]) + r[3 * i + 1] * (p[1] - center[1]) + r[3 * i + 2] * (p[2] - center[2]);
            }
            need = Math.max(need, e[2] + Math.max(Math.abs(e[0]) / tanX, Math.abs(e[1]) / tanY));
        }
        return Math.max(need, radius * 0.2);
    }
}
