package org.glia.report.internal.soak;

/**
 * The render step of a soak cycle, behind an interface so that the soak test loads {@code org.glia.render} (an
 * optional dependency) only when it renders.
 */
interface RenderStep extends AutoCloseable {

    /** Renders {@code values} (one per region) into an image; returns a checksum of its pixels. */
    long render(double[] values, int cycle);

    /** What is rendered how, or why nothing is. */
    String description();

    /** True when the step renders. */
    boolean active();

    @Override
    void close();

    /** No rendering, for the reason given. */
    static RenderStep skipped(String why) {
        return new RenderStep() {
            @Override
            public long render(double[] values, int cycle) {
                return 0;
            }

            @Override
            public String description() {
                return "skipped: " + why;
            }

            @Override
            public boolean active() {
                return false;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
