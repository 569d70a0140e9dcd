package org.glia.cohort.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.NiftiVolume;
import org.glia.cohort.ConnectomeMatrix;
import org.glia.cohort.internal.demo.BaseNetwork;
import org.glia.cohort.internal.demo.DemoWriter;
import org.glia.cohort.internal.demo.Gaussian;
import org.glia.cohort.internal.demo.PairedDeviates;
import org.glia.cohort.internal.demo.SubjectSimulator;

/**
 * Generates the synthetic demo cohort (HC, MCI, AD) described in docs/demo-cohort.md from a list of
 * regions with centroids, deterministically: equal seeds give bit-identical cohorts and files.
 */
public final class DemoCohortGenerator {

    private final List<DemoRegion> regions;
    private final DemoSettings settings;
    private final boolean[] planted;

    /**
     * @throws IllegalArgumentException when a planted region is not among {@code regions}
     */
    public DemoCohortGenerator(List<DemoRegion> regions, DemoSettings settings) {
        this.regions = List.copyOf(regions);
        this.settings = settings;
        this.planted = new boolean[regions.size()];
        Set<String> found = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            if (settings.plantedRegions().contains(regions.get(i).name())) {
                planted[i] = true;
                found.add(regions.get(i).name());
            }
        }
        for (String p : settings.plantedRegions()) {
            if (!found.contains(p)) {
                throw new IllegalArgumentException("planted region '" + p + "' is not among the regions");
            }
        }
    }

    /** Generates the cohort in memory. */
    public DemoCohort generate(long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating connectomes", settings.subjects() + 1);
        SplittableRandom rng = new SplittableRandom(seed);
        BaseNetwork base = BaseNetwork.draw(regions, settings, rng.split());
        progress.split(1);
        SubjectSimulator sim = new SubjectSimulator(base, planted, settings);
        int n = regions.size();
        int width = Math.max(3, String.valueOf(settings.subjects()).length());
        List<DemoSubject> subjects = new ArrayList<>();
        // the factors that set a group apart (whole-brain, planted system, severity) come in antithetic pairs
        // within each group, see PairedDeviates
        PairedDeviates pairs = new PairedDeviates(SubjectSimulator.PAIRED);
        String group = "";
        for (int k = 0; k < settings.subjects(); k++) {
            progress.split(1);
            SplittableRandom r = rng.split();
            String dx = k < settings.healthy() ? "HC" : k < settings.healthy() + settings.mci() ? "MCI" : "AD";
            if (!dx.equals(group)) {
                group = dx;
                pairs.restart();
            }
            double[] paired = pairs.next(r);
            double stage = Math.max(0, 1 + settings.severitySpread() * paired[SubjectSimulator.SEVERITY]);
            double severity = switch (dx) {
                case "AD" -> stage;
                case "MCI" -> settings.mciFraction() * stage;
                default -> 0;
            };
            double meanAge = switch (dx) {
                case "AD" -> 75;
                case "MCI" -> 73;
                default -> 72;
            };
            int age = (int) Math.max(55, Math.min(95, Math.round(meanAge + 6.5 * Gaussian.next(r))));
            String sex = r.nextBoolean() ? "F" : "M";
            ConnectomeMatrix m = ConnectomeMatrix.ofRowMajor(n, sim.simulate(severity, paired, r));
            subjects.add(new DemoSubject(String.format(java.util.Locale.ROOT, "sub-%0" + width + "d", k + 1), dx, age,
                    sex, severity, m));
        }
        return new DemoCohort(regions, subjects, settings, seed, base.density());
    }

    /**
     * Generates the cohort and writes it as a cohort directory (participants.tsv, labels.tsv,
     * connectomes/sub-NNN.csv, cohort.json and, when given, the label volume as atlas.nii.gz).
     *
     * @param out   the folder (created when missing; existing files of the same names are replaced)
     * @param atlas the label volume whose labels are the regions' indices, or {@code null}
     * @return the cohort written
     */
    public DemoCohort write(long seed, Path out, NiftiVolume atlas, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing demo cohort", 2);
        DemoCohort cohort = generate(seed, progress.split(1));
        new DemoWriter(cohort).write(out, atlas, progress.split(1));
        return cohort;
    }
}
