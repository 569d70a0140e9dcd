package org.glia.train.internal.bench;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.nn.Activation;
import org.glia.core.nn.Mlp;
import org.glia.train.TrainSettings;
import org.glia.train.Trainer;
import org.glia.train.Trainers;
import org.glia.train.eval.FoldPreprocessor;

/**
 * Times one training step of both engines over a grid of data and network sizes, to show where DL4J's faster
 * arithmetic outweighs its fixed cost per step: the evidence for {@link Trainers#AUTO_STEP_WORK}.
 */
final class Crossover {

    /** One grid point: subjects, level sizes, batch size (0 = full), epochs per measured run. */
    private record Case(int rows, int[] sizes, int batch, int epochs) {
    }

    private static final Case[] CASES = {
        new Case(62, new int[] {90, 8, 4, 2}, 0, 100),
        new Case(62, new int[] {90, 64, 2}, 0, 100),
        new Case(62, new int[] {278, 128, 3}, 0, 50),
        new Case(62, new int[] {278, 512, 3}, 0, 20),
        new Case(62, new int[] {278, 512, 512, 3}, 0, 10),
        new Case(500, new int[] {90, 8, 4, 2}, 0, 100),
        new Case(500, new int[] {90, 64, 2}, 0, 50),
        new Case(500, new int[] {278, 128, 3}, 0, 10),
        new Case(2000, new int[] {90, 8, 4, 2}, 0, 50),
        new Case(2000, new int[] {90, 64, 2}, 0, 10),
        new Case(2000, new int[] {90, 8, 4, 2}, 128, 5),
        new Case(2000, new int[] {278, 128, 3}, 128, 3),
        new Case(2000, new int[] {278, 512, 3}, 128, 2),
        new Case(2000, new int[] {278, 512, 512, 3}, 32, 1),
        new Case(2000, new int[] {278, 512, 512, 3}, 128, 1),
    };

    private final PrintStream out;
    private final Trainer java;
    private final Trainer dl4j;
    private final int runs;

    Crossover(PrintStream out, Trainer java, Trainer dl4j, int runs) {
        this.out = out;
        this.java = java;
        this.dl4j = dl4j;
        this.runs = runs;
    }

    void run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, CASES.length * 2);
        out.printf(Locale.ROOT, "crossover: milliseconds per training step (subjects per step x parameters = work)%n");
        out.printf(Locale.ROOT, "%-30s %6s %8s %12s %9s %9s  %s%n", "network", "rows", "batch", "work", "java", "dl4j",
                "auto");
        for (Case c : CASES) {
            SyntheticStudy data = SyntheticStudy.of(c.rows(), c.sizes()[0], c.sizes()[c.sizes().length - 1], c.rows());
            double[][] x = FoldPreprocessor.zScore(data.x()).apply(data.x());
            Mlp net = SyntheticStudy.network(3, Activation.RELU, c.sizes());
            TrainSettings s = TrainSettings.defaults().withEpochs(c.epochs()).withBatchSize(c.batch());
            int perStep = c.batch() == 0 ? c.rows() : Math.min(c.batch(), c.rows());
            int steps = c.epochs() * ((c.rows() + perStep - 1) / perStep);
            double j = Timing.measure(() -> java.train(net, x, data.y(), s.withEngine(java.engine()), null), 1, runs,
                    sub.split(1)).median() / steps;
            double d = Timing.measure(() -> dl4j.train(net, x, data.y(), s.withEngine(dl4j.engine()), null), 1, runs,
                    sub.split(1)).median() / steps;
            out.printf(Locale.ROOT, "%-30s %6d %8s %12d %9.3f %9.3f  %s%s%n", shape(c.sizes()), c.rows(),
                    c.batch() == 0 ? "full" : Integer.toString(c.batch()), perStep * Trainers.parameters(net), j, d,
                    Trainers.resolve(s.withEngine(Trainers.AUTO), net, c.rows()), d < j ? " (dl4j faster)" : "");
            out.flush();
        }
    }

    private static String shape(int[] sizes) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < sizes.length; k++) {
            b.append(k == 0 ? "" : "-").append(sizes[k]);
        }
        return b.toString();
    }
}
