package org.glia.report;

import java.io.IOException;
import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.report.internal.AnalyzeTask;

/**
 * Runs {@code glia analyze} from code: cross-validates, trains and explains a network on a cohort and writes
 * the files named in {@link ReportFiles} into the options' output folder.
 */
public final class Analysis {

    private Analysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param log     receives one line per step (e.g. the terminal's standard error)
     * @param monitor progress and cancellation; may be null
     * @throws UsageException when an option names something that does not exist (class, method, engine,
     *                        activation) or the output path is a file
     * @throws DataException  when the cohort is refused
     * @throws IOException    when the files cannot be written
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    public static AnalysisResult run(AnalysisOptions options, PrintStream log, IProgressMonitor monitor)
            throws UsageException, DataException, IOException {
        return new AnalyzeTask(log).run(options, monitor);
    }
}
