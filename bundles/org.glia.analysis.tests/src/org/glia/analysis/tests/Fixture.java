package org.glia.analysis.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.glia.analysis.ExperimentOutcome;
import org.glia.analysis.ExperimentRunner;
import org.glia.analysis.internal.cli.RunCommand;
import org.glia.cohort.demo.DemoCohortGenerator;
import org.glia.cohort.demo.DemoRegion;
import org.glia.cohort.demo.DemoSettings;
import org.glia.core.cli.CommandContext;
import org.glia.core.cli.GliaCommand;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Node;

/** Test data and helpers: a small synthetic cohort (12 fake regions, 16 HC, 14 AD, 6 MCI) and experiment runs. */
final class Fixture {

    /** The planted regions of the small cohort. */
    static final List<String> PLANTED = List.of("Alpha_L", "Alpha_R", "Beta_L", "Beta_R");

    private Fixture() {
    }

    /** Twelve regions in six left/right pairs with centroids in a brain-sized box. */
    static List<DemoRegion> regions() {
        SplittableRandom r = new SplittableRandom(3);
        String[] stems = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
        List<DemoRegion> out = new ArrayList<>();
        int index = 1;
        for (String stem : stems) {
            double x = 10 + r.nextDouble() * 50;
            double y = -90 + r.nextDouble() * 150;
            double z = -30 + r.nextDouble() * 100;
            out.add(new DemoRegion(index++, stem + "_L", "L", -x, y, z));
            out.add(new DemoRegion(index++, stem + "_R", "R", x, y, z));
        }
        return out;
    }

    /** Writes the small cohort into {@code dir} (no atlas) and returns {@code dir}. */
    static Path cohort(Path dir) throws IOException {
        DemoSettings s = DemoSettings.defaults().withGroups(16, 6, 14).withPlanted(PLANTED).withAdEffect(0.4);
        new DemoCohortGenerator(regions(), s).write(5, dir, null, null);
        return dir;
    }

    /** Writes {@code json} as {@code dir/name} and returns the file. */
    static Path experiment(Path dir, String name, String json) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The usual head of an experiment on the cohort in {@code cohort} (relative to the experiment): load, classes. */
    static String head(String cohort) {
        return "{\"load\": \"" + cohort + "\"}, {\"classes\": [\"HC\", \"AD\"]}";
    }

    /** Steps as a JSON array. */
    static String steps(String... steps) {
        return "[" + String.join(",\n", steps) + "]";
    }

    /** A run's printed lines and outcome. */
    record Run(List<String> lines, String err, ExperimentOutcome outcome) {
    }

    /** Runs {@code file} through the runner, capturing what it prints. */
    static Run run(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExperimentOutcome o;
        try (PrintStream po = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream pe = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            o = new ExperimentRunner(po, pe).run(file, new NullProgressMonitor());
        }
        return new Run(out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8), o);
    }

    /** The outcome of {@code ./glia run ARGS} as the launcher reports it: exit code and stderr text. */
    record Exit(int code, String message) {
    }

    /**
     * Runs the command as the launcher does: UsageException and DataException become exit code 2 with their
     * message (see org.glia.core's HeadlessApplication).
     */
    static Exit launch(Path cwd, String... args) throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            int code = new RunCommand().run(CommandContext.of(List.of(args), p, p, cwd, new NullProgressMonitor()));
            return new Exit(code, "");
        } catch (UsageException | DataException e) {
            return new Exit(GliaCommand.USAGE, e.getMessage());
        }
    }

    /** Every weight and bias of {@code n} as raw bits, layer by layer, with the layer sizes: equal iff bit-identical. */
    static String bits(Network n) {
        StringBuilder sb = new StringBuilder();
        for (Layer l : n.getLayers()) {
            sb.append(l.getKind()).append(' ').append(l.getActivation()).append(' ').append(l.getNodes().size())
                    .append(':');
            if (l.getWeights() != null) {
                for (double v : l.getWeights().getValues()) {
                    sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
                }
            }
            sb.append('|');
            for (Node node : l.getNodes()) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(node.getBias()))).append(',');
            }
            sb.append('\n');
        }
        for (Double d : n.getInputShift()) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
        }
        for (Double d : n.getInputScale()) {
            sb.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(',');
        }
        return sb.toString();
    }
}
