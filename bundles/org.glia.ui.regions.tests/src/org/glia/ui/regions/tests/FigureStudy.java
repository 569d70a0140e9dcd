package org.glia.ui.regions.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.glia.core.nn.Mlp;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainResult;
import org.glia.train.TrainSettings;

/**
 * A study big enough for a telling heatmap, written into a test's folder: 30 regions, 20 HC and 20 AD subjects
 * whose connectomes are random around a shared pattern, with the connections of five planted regions weakened
 * in AD, and a 30-8-2 network trained on the standardised degrees (no atlas: the heatmap does not need one).
 * Everything comes from fixed seeds.
 */
final class FigureStudy {

    static final List<String> REGIONS = List.of("Hippocampus_L", "Hippocampus_R", "Amygdala_L", "Amygdala_R",
            "Entorhinal_L", "Entorhinal_R", "Parahippocampal_L", "Parahippocampal_R", "Precuneus_L", "Precuneus_R",
            "PosteriorCingulate_L", "PosteriorCingulate_R", "Insula_L", "Insula_R", "Thalamus_L", "Thalamus_R",
            "Caudate_L", "Caudate_R", "Putamen_L", "Putamen_R", "SuperiorFrontal_L", "SuperiorFrontal_R",
            "MiddleTemporal_L", "MiddleTemporal_R", "InferiorParietal_L", "InferiorParietal_R", "Lingual_L",
            "Lingual_R", "Cuneus_L", "Cuneus_R");
    /** The regions whose connections are weaker in AD. */
    static final List<String> PLANTED = List.of("Hippocampus_L", "Hippocampus_R", "Entorhinal_L", "Precuneus_L",
            "PosteriorCingulate_R");
    static final List<String> CLASSES = List.of("HC", "AD");

    private FigureStudy() {
    }

    /** Writes the cohort into {@code dir/cohort} and the trained model into {@code dir/figure.glia}. */
    static Path write(Path dir) throws IOException {
        int n = REGIONS.size();
        Path cohort = dir.resolve("cohort");
        Files.createDirectories(cohort.resolve("connectomes"));
        StringBuilder labels = new StringBuilder("index\tname\n");
        for (int i = 0; i < n; i++) {
            labels.append(i + 1).append('\t').append(REGIONS.get(i)).append('\n');
        }
        Files.writeString(cohort.resolve("labels.tsv"), labels, StandardCharsets.UTF_8);
        SplittableRandom r = new SplittableRandom(17);
        double[][] pattern = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pattern[i][j] = pattern[j][i] = r.nextDouble(0.2, 1);
            }
        }
        StringBuilder participants = new StringBuilder("participant_id\tdiagnosis\n");
        List<double[]> degrees = new ArrayList<>();
        int[] y = new int[40];
        for (int s = 0; s < 40; s++) {
            String id = String.format(Locale.ROOT, "sub-%02d", s + 1);
            boolean ad = s % 2 == 1;
            y[s] = ad ? 1 : 0;
            participants.append(id).append('\t').append(ad ? "AD" : "HC").append('\n');
            double[][] m = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double w = pattern[i][j] * r.nextDouble(0.7, 1.3);
                    if (ad && (PLANTED.contains(REGIONS.get(i)) || PLANTED.contains(REGIONS.get(j)))) {
                        w *= r.nextDouble(0.55, 0.8);
                    }
                    m[i][j] = m[j][i] = Math.round(w * 1000) / 1000.0;
                }
            }
            Files.writeString(cohort.resolve("connectomes").resolve(id + ".csv"), csv(m), StandardCharsets.UTF_8);
            double[] degree = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    degree[i] += m[i][j];
                }
            }
            degrees.add(degree);
        }
        Files.writeString(cohort.resolve("participants.tsv"), participants, StandardCharsets.UTF_8);

        double[] mean = new double[n];
        double[] sd = new double[n];
        for (double[] d : degrees) {
            for (int i = 0; i < n; i++) {
                mean[i] += d[i] / degrees.size();
            }
        }
        for (double[] d : degrees) {
            for (int i = 0; i < n; i++) {
                sd[i] += (d[i] - mean[i]) * (d[i] - mean[i]) / (degrees.size() - 1);
            }
        }
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(sd[i]);
        }
        double[][] x = new double[degrees.size()][n];
        for (int s = 0; s < x.length; s++) {
            for (int i = 0; i < n; i++) {
                x[s][i] = (degrees.get(s)[i] - mean[i]) / sd[i];
            }
        }
        Network initial = NetworkBuilder.build(REGIONS, new int[] {8}, ActivationFunction.RELU, CLASSES, 5);
        TrainResult trained = new JavaTrainer().train(MlpConversion.toMlp(initial), x, y,
                TrainSettings.defaults().withEpochs(300).withSeed(5), null);
        Mlp net = trained.network();
        Network network = MlpConversion.toNetwork(net, REGIONS, CLASSES, 5);
        for (int i = 0; i < n; i++) {
            network.getInputShift().add(mean[i]);
            network.getInputScale().add(sd[i]);
        }
        Study study = GliaFactory.eINSTANCE.createStudy();
        study.setName("heatmap figure");
        study.setCohortPath("cohort");
        study.getClasses().addAll(CLASSES);
        study.setNetwork(network);
        Path file = dir.resolve("figure.glia");
        GliaDocument.save(study, file);
        return file;
    }

    private static String csv(double[][] m) {
        StringBuilder sb = new StringBuilder();
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j == 0 ? "" : ",").append(row[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
