package org.glia.core.internal.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows a command's progress on the terminal: one line redrawn in place on a console, or a line per
 * 10 % step when the output is a file or a pipe (so logs stay readable).
 */
public final class TerminalProgressMonitor extends NullProgressMonitor {

    private static final long MIN_INTERVAL_NANOS = 150_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private String task = "";
    private String subTask = "";
    private double total;
    private double done;
    private long lastDraw;
    private int lastStep = -1;
    private boolean lineOpen;

    /** Creates a monitor drawing on {@code err}; {@code interactive} redraws one line with carriage returns. */
    public TerminalProgressMonitor(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork > 0 ? totalWork : 0;
        done = 0;
        lastStep = -1;
        draw(true);
    }

    @Override
    public void setTaskName(String name) {
        task = name == null ? "" : name;
        draw(true);
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name;
        draw(false);
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        draw(false);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        done = total;
        draw(true);
        if (interactive && lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    private void draw(boolean force) {
        int percent = total > 0 ? (int) Math.min(100, Math.round(100 * done / total)) : -1;
        String line = task + (percent >= 0 ? " " + percent + "%" : "") + (subTask.isEmpty() ? "" : " - " + subTask);
        if (interactive) {
            long now = System.nanoTime();
            if (!force && now - lastDraw < MIN_INTERVAL_NANOS) {
                return;
            }
            lastDraw = now;
            err.print("\r\033[K" + line);
            err.flush();
            lineOpen = true;
        } else {
            int step = percent < 0 ? 0 : percent / 10;
            if (force || step != lastStep) {
                lastStep = step;
                if (!line.isBlank()) {
                    err.println(line);
                }
            }
        }
    }
}
