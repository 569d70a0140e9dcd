package org.glia.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.analysis.internal.Action;
import org.glia.analysis.internal.ExperimentReader;
import org.glia.analysis.internal.RunState;
import org.glia.analysis.internal.Step;
import org.glia.analysis.internal.StepFault;
import org.glia.analysis.internal.Steps;
import org.glia.analysis.internal.VersionTable;
import org.glia.core.io.DataException;

/**
 * Runs an experiment file ({@code ./glia run EXPERIMENT.json}): reads and checks every step first, then runs them in
 * order, printing one line per step ("3 network 90-4-2 relu"), and finally writes OUT/versions.json. The steps and
 * their rules are documented in docs/experiments/README.md. Paths in steps resolve against the file's folder; OUT
 * is the last out step's folder, else the file's folder + "/out".
 */
public final class ExperimentRunner {

    private final PrintStream out;
    private final PrintStream err;

    /** A runner printing step lines on {@code out} and notes on {@code err}. */
    public ExperimentRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code experiment}.
     *
     * @throws DataException when the file is missing or malformed, or a step is refused: the message names the file
     *                       and, for a step, its number and name and the fault; versions.json is then not written
     * @throws IOException   when versions.json cannot be written
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public ExperimentOutcome run(Path experiment, IProgressMonitor monitor) throws DataException, IOException {
        List<Step> steps = ExperimentReader.read(experiment);
        List<Action> actions = Steps.parseAll(experiment, steps);
        RunState state = new RunState(experiment);
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + experiment.getFileName(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            progress.setTaskName("Step " + step.number() + " of " + steps.size() + ": " + step.name());
            String line;
            try {
                line = actions.get(i).run(state, progress.split(1));
            } catch (StepFault f) {
                throw new DataException(experiment, Steps.where(step), f.getMessage());
            }
            out.println(step.number() + " " + step.name() + " " + line);
        }
        if (state.pendingCv() != null) {
            err.println("run: note: the cv of step " + state.pendingCv().step()
                    + " was not stored on any version (no train step followed it)");
        }
        Path written = VersionTable.write(state.studyOrNull(), state.out());
        err.println("run: wrote " + written);
        return new ExperimentOutcome(state.studyOrNull(), written, steps.size());
    }
}
