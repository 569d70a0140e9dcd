package org.glia.ui.network.internal.canvas;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and keyboard of the {@link NetworkCanvas}: drag pans, a click (or a right click, before the context
 * menu) picks, the wheel zooms around the cursor; {@code +}/{@code -} zoom, {@code 0} or Home fits, arrow keys pan.
 */
final class CanvasInteraction {

    /** Zoom factor of one wheel notch or key press. */
    static final double ZOOM_STEP = 1.25;
    /** A press that moves less than this many pixels before release is a click. */
    static final int CLICK_SLOP = 3;
    /** Quiet time after which a fast (reduced) frame is replaced by a full one. */
    static final int SETTLE_MS = 180;
    private static final int PAN_STEP = 40;

    private final NetworkCanvas canvas;
    private int downX;
    private int downY;
    private int lastX;
    private int lastY;
    private boolean pressed;
    private boolean dragging;
    private long activeUntil;
    private boolean fullFrameScheduled;

    CanvasInteraction(NetworkCanvas canvas) {
        this.canvas = canvas;
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.addListener(SWT.MenuDetect, this::menu);
        // the canvas takes the keyboard when clicked; traversal keys still move the focus
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
    }

    /** True while the user is dragging or has just zoomed: frames may be reduced. */
    boolean isActive() {
        return dragging || System.currentTimeMillis() < activeUntil;
    }

    /** Asks for a full frame once the user has stopped for a moment. */
    void scheduleFullFrame() {
        if (fullFrameScheduled) {
            return;
        }
        fullFrameScheduled = true;
        canvas.getDisplay().timerExec(SETTLE_MS, () -> {
            fullFrameScheduled = false;
            if (canvas.isDisposed()) {
                return;
            }
            if (isActive()) {
                scheduleFullFrame();
            } else {
                canvas.invalidate();
            }
        });
    }

    private void touch() {
        activeUntil = System.currentTimeMillis() + SETTLE_MS;
    }

    private void down(Event e) {
        canvas.setFocus();
        if (e.button != 1) {
            return;
        }
        pressed = true;
        dragging = false;
        downX = lastX = e.x;
        downY = lastY = e.y;
    }

    private void move(Event e) {
        if (!pressed) {
            return;
        }
        if (!dragging && Math.abs(e.x - downX) + Math.abs(e.y - downY) > CLICK_SLOP) {
            dragging = true;
        }
        if (dragging) {
            touch();
            canvas.pan(e.x - lastX, e.y - lastY);
            lastX = e.x;
            lastY = e.y;
        }
    }

    private void up(Event e) {
        if (e.button != 1 || !pressed) {
            return;
        }
        pressed = false;
        if (dragging) {
            dragging = false;
            canvas.invalidate();
        } else {
            canvas.setSelection(canvas.pickAt(e.x, e.y), true);
        }
    }

    private void wheel(Event e) {
        if (e.count == 0) {
            return;
        }
        touch();
        canvas.zoom(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x, e.y);
        e.doit = false;
    }

    private void menu(Event e) {
        var p = canvas.toControl(e.x, e.y);
        var pick = canvas.pickAt(p.x, p.y);
        if (pick != null && !pick.equals(canvas.getSelection())) {
            canvas.setSelection(pick, true);
        }
    }

    private void key(Event e) {
        var area = canvas.getClientArea();
        int cx = area.width / 2;
        int cy = area.height / 2;
        switch (e.character) {
            case '+', '=' -> canvas.zoom(ZOOM_STEP, cx, cy);
            case '-', '_' -> canvas.zoom(1 / ZOOM_STEP, cx, cy);
            case '0' -> canvas.fit();
            default -> arrows(e);
        }
        if (e.keyCode == SWT.KEYPAD_ADD) {
            canvas.zoom(ZOOM_STEP, cx, cy);
        } else if (e.keyCode == SWT.KEYPAD_SUBTRACT) {
            canvas.zoom(1 / ZOOM_STEP, cx, cy);
        }
    }

    private void arrows(Event e) {
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> canvas.pan(PAN_STEP, 0);
            case SWT.ARROW_RIGHT -> canvas.pan(-PAN_STEP, 0);
            case SWT.ARROW_UP -> canvas.pan(0, PAN_STEP);
            case SWT.ARROW_DOWN -> canvas.pan(0, -PAN_STEP);
            case SWT.HOME -> canvas.fit();
            default -> {
                // not ours
            }
        }
    }
}
