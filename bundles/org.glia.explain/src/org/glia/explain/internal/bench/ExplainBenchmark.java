package org.glia.explain.internal.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.ForwardPass;
import org.glia.core.nn.Mlp;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.ImportanceEngine;
import org.glia.explain.ImportancePolicy;
import org.glia.explain.SubjectImportance;
import org.glia.explain.internal.PathEnumeration;
import org.glia.explain.internal.RandomNets;

/**
 * The figures of {@code ./glia bench explain}: the paper rule for one node and for all nodes on the paper's
 * shapes, against explicit path enumeration and against the memory bandwidth measured in the same run.
 */
public final class ExplainBenchmark {

    private static final ImportancePolicy POLICY = ImportancePolicy.DEFAULT;

    private final PrintStream out;
    private final int samples;
    private final IProgressMonitor monitor;

    /** The two headline figures, with the goals they are held to. */
    public record Figures(double bandwidthGBs, double oneNodeFraction, double allNodesPaperMillis) {
    }

    private ExplainBenchmark(PrintStream out, int samples, IProgressMonitor monitor) {
        this.out = out;
        this.samples = samples;
        this.monitor = monitor;
    }

    /** Runs the benchmark, printing a table to {@code out}; {@code quick} takes fewer samples. */
    public static Figures run(PrintStream out, boolean quick, IProgressMonitor monitor) {
        return new ExplainBenchmark(out, quick ? 5 : 15, monitor).run();
    }

    /** Runs the full benchmark on the terminal, e.g. {@code java -cp ... ExplainBenchmark [--quick]}. */
    public static void main(String[] args) {
        run(System.out, args.length > 0 && args[0].equals("--quick"), new NullProgressMonitor());
    }

    private Figures run() {
        SubMonitor sub = SubMonitor.convert(monitor, "Benchmark: importance backpropagation", 5);
        out.printf(Locale.ROOT, "java %s, %d cores, %s, load average %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), loadAverage());
        double gbs = Bandwidth.readGBs(1 << 25, samples, sub.split(1));
        out.printf(Locale.ROOT, "%-54s %12.2f GB/s  (streaming sum over 256 MB, 1 thread, best of %d)%n",
                "memory bandwidth", gbs, samples);

        double paperAllNanos = smallNet(sub.split(1));
        double allMillis = paperNet(sub.split(1));
        double again = Bandwidth.readGBs(1 << 25, samples, sub.split(1));
        gbs = Math.max(gbs, again);
        out.printf(Locale.ROOT, "%-54s %12.2f GB/s  (measured again; the larger is used)%n", "memory bandwidth", again);
        double fraction = tenMillion(gbs, sub.split(1));

        out.printf(Locale.ROOT, "goal one node on 1e7 weights >= 50%% of bandwidth: %.0f%% %s%n", 100 * fraction,
                fraction >= 0.5 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "goal all nodes of a subject at paper scale (90-4-2) < 16 ms: %.4f ms %s%n",
                paperAllNanos / 1e6, paperAllNanos / 1e6 < 16 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "stretch: all nodes of a subject at 278-1024-1024-1024-3 < 16 ms: %.2f ms %s%n",
                allMillis, allMillis < 16 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "load average at the end: %s%n", loadAverage());
        return new Figures(gbs, fraction, allMillis);
    }

    /** Times the paper-scale network; returns the all-nodes time in ns. */
    private double smallNet(IProgressMonitor m) {
        SplittableRandom rnd = new SplittableRandom(90);
        Mlp net = RandomNets.mlp(new int[] { 90, 4, 2 }, Activation.RELU, Activation.SOFTMAX, rnd);
        ForwardPass pass = net.pass(RandomNets.gaussian(90, rnd));
        String name = "90-4-2";
        row(name + " forward pass", time(() -> net.pass(pass.activation(0)).output()[0], m), "");
        ImportanceEngine engine = ImportanceEngine.of(net);
        SubjectImportance subject = engine.subject(pass, POLICY);
        row(name + " one node (output 0), unprepared",
                time(() -> ImportanceBackprop.fromNode(net, pass, 2, 0, POLICY).regions()[0], m), "");
        row(name + " one node (output 0), prepared", time(() -> subject.fromNode(2, 0).regions()[0], m), "");
        row(name + " one node, path enumeration",
                time(() -> PathEnumeration.regions(net, pass, 2, 0, POLICY)[0], m),
                PathEnumeration.pathCount(net, 2) + " paths");
        double allNodes = time(() -> engine.subject(pass, POLICY).everyNode(false).map(2, 1)[0], m);
        row(name + " all 6 nodes (every level)", allNodes, "subject preparation included");
        row(name + " all 6 nodes, path enumeration", time(() -> {
            double s = 0;
            for (int level = 1; level <= 2; level++) {
                for (int i = 0; i < net.sizes()[level]; i++) {
                    s += PathEnumeration.regions(net, pass, level, i, POLICY)[0];
                }
            }
            return s;
        }, m), "");
        return allNodes;
    }

    private double paperNet(IProgressMonitor m) {
        SplittableRandom rnd = new SplittableRandom(278);
        Mlp net = RandomNets.mlp(new int[] { 278, 1024, 1024, 1024, 3 }, Activation.RELU, Activation.SOFTMAX, rnd);
        ForwardPass pass = net.pass(RandomNets.gaussian(278, rnd));
        ImportanceEngine engine = ImportanceEngine.of(net);
        SubjectImportance subject = engine.subject(pass, POLICY);
        String name = "278-1024-1024-1024-3";
        row(name + " forward pass", time(() -> net.pass(pass.activation(0)).output()[0], m),
                net.weightCount() + " weights");
        row(name + " prepare model (|W| copy, once)", time(() -> ImportanceEngine.of(net).net().depth(), m), "");
        row(name + " one node (output 0), first of a subject",
                time(() -> engine.subject(pass, POLICY).fromNode(4, 0).regions()[0], m), "includes the denominators");
        row(name + " one node (output 0), unprepared",
                time(() -> ImportanceBackprop.fromNode(net, pass, 4, 0, POLICY).regions()[0], m), "");
        row(name + " one node (output 0), prepared", time(() -> subject.fromNode(4, 0).regions()[0], m), "");
        row(name + " one node (hidden 3:0), prepared", time(() -> subject.fromNode(3, 0).regions()[0], m), "");
        row(name + " all 3 output nodes, prepared", time(() -> subject.allNodes(4, false)[2][0], m), "");
        row(name + " all 3075 nodes, 1 thread",
                time(() -> engine.subject(pass, POLICY, false).everyNode(false).map(4, 2)[0], m),
                "subject preparation included");
        double all = time(() -> engine.subject(pass, POLICY, true).everyNode(true).map(4, 2)[0], m);
        row(name + " all 3075 nodes, parallel", all,
                "subject preparation included; " + Runtime.getRuntime().availableProcessors() + " cores");
        out.printf(Locale.ROOT, "%-54s %12s        (%.3g paths per output node)%n", name + " path enumeration",
                "infeasible", 278.0 * 1024 * 1024 * 1024);
        return all / 1e6;
    }

    private double tenMillion(double gbs, IProgressMonitor m) {
        double honest = 0;
        for (Activation hidden : new Activation[] { Activation.RELU, Activation.TANH }) {
            SplittableRandom rnd = new SplittableRandom(7);
            Mlp net = RandomNets.mlp(new int[] { 1000, 2000, 2000, 2000, 2 }, hidden, Activation.SOFTMAX, rnd);
            ForwardPass pass = net.pass(RandomNets.gaussian(1000, rnd));
            SubjectImportance subject = ImportanceEngine.of(net).subject(pass, POLICY);
            String name = "1000-2000-2000-2000-2 " + hidden.id();
            double touched = touchedWeights(net, pass);
            double once = time(() -> ImportanceBackprop.fromNode(net, pass, 4, 0, POLICY).regions()[0], m);
            row(name + " one node, unprepared", once, share(net, once, gbs, touched));
            double ns = time(() -> subject.fromNode(4, 0).regions()[0], m);
            row(name + " one node, prepared", ns, share(net, ns, gbs, touched));
            // The tanh net reads every row; it is the honest figure (ReLU skips rows of nodes without importance).
            honest = hidden == Activation.TANH ? net.weightCount() * 8.0 / ns / gbs : honest;
        }
        return honest;
    }

    private static String share(Mlp net, double ns, double gbs, double touched) {
        double rate = net.weightCount() * 8.0 / ns;
        return String.format(Locale.ROOT, "%.3g weights: %.1f GB/s = %.0f%% of bandwidth (%.0f%% of rows read)",
                (double) net.weightCount(), rate, 100 * rate / gbs, 100 * touched / net.weightCount());
    }

    /** Weights in rows the rule actually reads: rows of nodes whose importance is non-zero. */
    private static double touchedWeights(Mlp net, ForwardPass pass) {
        double[][] r = ImportanceBackprop.fromNode(net, pass, net.depth(), 0, POLICY).levels();
        double n = 0;
        for (int k = 0; k < net.depth(); k++) {
            for (double v : r[k + 1]) {
                n += v != 0 ? net.layer(k).inputs() : 0;
            }
        }
        return n;
    }

    /** The one-minute load average (other work on the machine skews every figure), or "n/a". */
    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }

    private double time(Stopwatch.Op op, IProgressMonitor m) {
        return Stopwatch.medianNanos(op, samples, 2_000_000L, m);
    }

    private void row(String what, double ns, String note) {
        out.printf(Locale.ROOT, "%-54s %12.0f ns/op  %s%n", what, ns, note);
        out.flush();
    }
}
