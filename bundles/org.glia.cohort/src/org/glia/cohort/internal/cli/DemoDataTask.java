package org.glia.cohort.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.SystemAtlases;
import org.glia.atlas.VolumeAtlas;
import org.glia.cohort.demo.DemoCohort;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoSettings;
import org.glia.cohort.demo.AalDemoAtlas;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;

/** The work of {@code glia demo-data}: checks the output folder, finds AAL, generates and writes the cohort. */
public final class DemoDataTask {

    private final PrintStream err;

    /** A task reporting progress and problems on {@code err}. */
    public DemoDataTask(PrintStream err) {
        this.err = err;
    }

    /**
     * Writes the demo cohort.
     *
     * @param aal AAL's cerebrum (labels 1..90), or {@code null} when it is not installed
     * @return the exit code: OK, or FAILED when AAL is missing
     * @throws UsageException when {@code out} is a non-empty folder and {@code force} is off, or a file
     */
    public int run(Path out, long seed, boolean force, VolumeAtlas aal, IProgressMonitor monitor)
            throws UsageException, DataException, IOException {
        checkTarget(out, force);
        if (aal == null) {
            err.println("demo-data: the AAL atlas was not found in " + SystemAtlases.mricronTemplates() + ".");
            err.println("Install Debian's mricron-data package:  sudo apt-get install mricron-data");
            return GliaCommand.FAILED;
        }
        SubMonitor progress = SubMonitor.convert(monitor, "demo-data", 10);
        err.println("demo-data: reading AAL regions 1-90 from " + aal.volume());
        AalDemoAtlas atlas = AalDemoAtlas.load(aal);
        progress.worked(2);
        DemoSettings settings = DemoSettings.defaults();
        err.println("demo-data: simulating " + settings.subjects() + " connectomes (" + settings.healthy() + " HC, "
                + settings.mci() + " MCI, " + settings.ad() + " AD), seed " + seed);
        if (force) {
            clearConnectomes(out.resolve("connectomes"));
        }
        DemoCohort cohort = new DemoCohortGenerator(atlas.regions(), settings).write(seed, out, atlas.volume(),
                progress.split(8));
        err.println("demo-data: wrote " + cohort.subjects().size() + " subjects x " + cohort.regions().size()
                + " regions to " + out);
        return GliaCommand.OK;
    }

    private static void checkTarget(Path out, boolean force) throws UsageException, IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(out + " exists and is not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(out)) {
                if (s.iterator().hasNext()) {
                    throw new UsageException(out + " is not empty: choose an empty folder, or --force to overwrite");
                }
            }
        }
    }

    /** With --force, stale matrices of an earlier, larger demo must not survive as unclaimed files. */
    private static void clearConnectomes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.csv")) {
            for (Path p : s) {
                Files.delete(p);
            }
        }
    }
}
