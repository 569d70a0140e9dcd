package org.glia.report.internal.soak;

import org.glia.core.cli.Arguments;
import org.glia.core.cli.UsageException;

/**
 * The settings of a soak run.
 *
 * @param cycles  edit → retrain → explain → render cycles
 * @param every   heap measured after every this many cycles; the first measurement is the baseline
 * @param epochs  epochs of each retraining
 * @param hidden  nodes of the network's hidden layer
 * @param seed    seed of the cohort, the network, the edits and the trainings
 * @param render  whether to render (false: skip the render step, e.g. for fast tests)
 */
public record SoakOptions(int cycles, int every, int epochs, int hidden, long seed, boolean render) {

    /** The run: 200 cycles, measured every 20, 40 epochs, 8 hidden nodes, seed 1, rendering. */
    public static SoakOptions defaults() {
        return new SoakOptions(200, 20, 40, 8, 1, true);
    }

    /** Checks that at least two measurements are taken. */
    public SoakOptions {
        if (every < 1 || cycles < 2 * every) {
            throw new IllegalArgumentException("the soak test needs at least two measurements: --cycles (" + cycles
                    + ") must be at least twice --every (" + every + ")");
        }
    }

    /**
     * Reads {@code --cycles N --every K --epochs E --hidden H --seed S --no-render} (all optional).
     *
     * @throws UsageException for values out of range or unknown options
     */
    public static SoakOptions parse(Arguments args) throws UsageException {
        SoakOptions d = defaults();
        boolean noRender = args.flag("no-render");
        int cycles = args.intOption("cycles", d.cycles(), 2, 1_000_000);
        int every = args.intOption("every", Math.min(d.every(), cycles / 2), 1, 1_000_000);
        int epochs = args.intOption("epochs", d.epochs(), 1, 100_000);
        int hidden = args.intOption("hidden", d.hidden(), 2, 4096);
        long seed = args.longOption("seed", d.seed());
        args.maxPositional(0);
        args.checkAllUsed();
        try {
            return new SoakOptions(cycles, every, epochs, hidden, seed, !noRender);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
