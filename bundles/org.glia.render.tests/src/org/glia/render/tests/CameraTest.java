package org.glia.render.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glia.render.Camera;
import org.glia.render.StandardView;
import org.junit.jupiter.api.Test;

/** The camera's conventions in RAS+ world coordinates, without GL. */
class CameraTest {

    private static final float[] MIN = {-70, -100, -50};
    private static final float[] MAX = {70, 70, 80};

    private static Camera camera(StandardView v) {
        Camera c = new Camera(MIN, MAX);
        c.setViewport(800, 600);
        c.view(v);
        return c;
    }

    @Test
    void eachStandardViewLooksFromItsSide() {
        double[] centre = {0, -15, 15};
        assertTrue(camera(StandardView.LEFT).eye()[0] < centre[0] - 100, "left view: camera at -x");
        assertTrue(camera(StandardView.RIGHT).eye()[0] > centre[0] + 100);
        assertTrue(camera(StandardView.TOP).eye()[2] > centre[2] + 100);
        assertTrue(camera(StandardView.BOTTOM).eye()[2] < centre[2] - 100);
        assertTrue(camera(StandardView.FRONT).eye()[1] > centre[1] + 100);
        assertTrue(camera(StandardView.BACK).eye()[1] < centre[1] - 100);
    }

    @Test
    void leftViewShowsTheLeftHemisphereWithAnteriorToTheLeft() {
        Camera c = camera(StandardView.LEFT);
        assertTrue(c.depth(-40, 0, 0) < c.depth(40, 0, 0), "left hemisphere is nearer");
        assertTrue(c.project(0, 60, 0)[0] < c.project(0, -60, 0)[0], "anterior is left of posterior");
        assertTrue(c.project(0, 0, 60)[1] < c.project(0, 0, -40)[1], "superior is up");
        Camera r = camera(StandardView.RIGHT);
        assertTrue(r.depth(40, 0, 0) < r.depth(-40, 0, 0), "right view: right hemisphere nearer");
        assertTrue(r.project(0, 60, 0)[0] > r.project(0, -60, 0)[0], "right view: anterior to the right");
    }

    @Test
    void topViewPutsAnteriorUpAndTheSubjectsRightOnTheRight() {
        Camera c = camera(StandardView.TOP);
        assertTrue(c.project(0, 60, 0)[1] < c.project(0, -60, 0)[1]);
        assertTrue(c.project(50, 0, 0)[0] > c.project(-50, 0, 0)[0]);
        Camera f = camera(StandardView.FRONT);
        assertTrue(f.project(50, 0, 0)[0] < f.project(-50, 0, 0)[0], "facing the subject mirrors left and right");
    }

    @Test
    void theBoxFitsTheViewportAndItsCentreIsInTheMiddle() {
        for (StandardView v : StandardView.values()) {
            Camera c = camera(v);
            double[] p = c.project(0, -15, 15);
            assertEquals(400, p[0], 1e-6, v.name());
            assertEquals(300, p[1], 1e-6, v.name());
            for (int corner = 0; corner < 8; corner++) {
                double[] q = c.project((corner & 1) == 0 ? MIN[0] : MAX[0], (corner & 2) == 0 ? MIN[1] : MAX[1],
                        (corner & 4) == 0 ? MIN[2] : MAX[2]);
                assertTrue(q[0] >= 0 && q[0] <= 800 && q[1] >= 0 && q[1] <= 600, v + " corner " + corner);
            }
        }
    }

    @Test
    void draggingRightTurnsTheNearSideRight() {
        Camera c = camera(StandardView.LEFT);
        double before = c.project(-60, 0, 15)[0];
        c.rotate(40, 0);
        assertTrue(c.project(-60, 0, 15)[0] > before + 5);
        Camera d = camera(StandardView.LEFT);
        double top = d.project(-60, -15, 15)[1];
        d.rotate(0, 40);
        assertTrue(d.project(-60, -15, 15)[1] > top + 5, "dragging down turns the near side down");
    }

    @Test
    void arcballFollowsThePointer() {
        Camera c = camera(StandardView.TOP);
        double[] eye = c.eye();
        c.arcball(300, 300, 300, 300);
        assertArrayEquals(eye, c.eye(), 1e-9, "no movement, no turn");
        double before = c.project(0, -15, 80)[0];
        c.arcball(400, 300, 480, 300);
        assertTrue(c.project(0, -15, 80)[0] > before);
    }

    @Test
    void zoomPanAndReset() {
        Camera c = camera(StandardView.LEFT);
        double[] eye = c.eye();
        double near = c.depth(0, -15, 15);
        c.zoom(2);
        assertEquals(near / 2, c.depth(0, -15, 15), 1e-6);
        c.zoom(1e9);
        assertTrue(c.depth(0, -15, 15) > 0, "zoom is clamped in front of the box");
        c.reset();
        c.pan(50, -20);
        double[] p = c.project(0, -15, 15);
        assertEquals(450, p[0], 1e-6);
        assertEquals(280, p[1], 1e-6);
        c.rotate(100, 30);
        c.reset();
        assertArrayEquals(eye, c.eye(), 1e-9);
        c.setHome(StandardView.TOP);
        c.reset();
        assertTrue(c.eye()[2] > 100);
    }

    @Test
    void copiesAreIndependent() {
        Camera c = camera(StandardView.LEFT);
        Camera d = c.copy();
        d.rotate(200, 0);
        d.setViewport(100, 100);
        assertEquals(800, c.width());
        assertArrayEquals(camera(StandardView.LEFT).eye(), c.eye(), 1e-9);
    }

    @Test
    void parsesViewNamesAndRefusesOthers() {
        assertEquals(StandardView.BOTTOM, StandardView.parse(" Bottom "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardView.parse("side"));
        assertTrue(e.getMessage().contains("left, right, top"));
        assertThrows(IllegalArgumentException.class, () -> new Camera(MIN, MAX).setViewport(0, 5));
    }

    @Test
    void aPoseTakenAndGivenBackShowsTheSamePicture() {
        Camera moved = camera(StandardView.LEFT);
        moved.rotate(90, -30);
        moved.zoom(1.5);
        moved.pan(20, 10);
        Camera other = camera(StandardView.TOP);
        assertTrue(other.setPose(moved.pose()));
        org.junit.jupiter.api.Assertions.assertArrayEquals(moved.viewMatrix(), other.viewMatrix(), 1e-9);
        org.junit.jupiter.api.Assertions.assertArrayEquals(moved.project(10, 20, 30), other.project(10, 20, 30), 1e-9);
    }

    @Test
    void aMalformedPoseIsRefusedAndChangesNothing() {
        Camera c = camera(StandardView.FRONT);
        double[] before = c.pose();
        org.junit.jupiter.api.Assertions.assertFalse(c.setPose(new double[] {1, 0, 0}));
        org.junit.jupiter.api.Assertions.assertFalse(c.setPose(new double[] {1, 0, 0, 0, -5, 0, 0, 0}));
        org.junit.jupiter.api.Assertions.assertFalse(c.setPose(new double[] {0, 0, 0, 0, 100, 0, 0, 0}));
        org.junit.jupiter.api.Assertions.assertFalse(c.setPose(new double[] {1, 0, 0, Double.NaN, 100, 0, 0, 0}));
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, c.pose());
    }
}
