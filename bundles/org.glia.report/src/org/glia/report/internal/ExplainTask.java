package org.glia.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.glia.cohort.Cohort;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.cohort.Subject;
import org.glia.core.cli.UsageException;
import org.glia.core.io.DataException;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ExplainContext;
import org.glia.explain.ImportanceBackprop;
import org.glia.explain.MethodDescriptor;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.report.NodeExplanation;

/**
 * The work of {@code glia explain}: opens a saved study, loads the cohort it references, standardises the
 * subject's features with the network's stored standardisation and maps one node to the regions.
 */
public final class ExplainTask {

    private ExplainTask() {
    }

    /**
     * Explains node {@code nodeSpec} ({@code LAYER:INDEX}, LAYER from 1 = first hidden layer to the output) for
     * one subject.
     *
     * @throws UsageException when the method, the node or the subject does not exist
     * @throws DataException  when the model or its cohort cannot be read or do not fit together
     */
    public static NodeExplanation explain(Path modelFile, String subjectId, String nodeSpec, String methodId)
            throws UsageException, DataException, IOException {
        MethodDescriptor method = AnalyzeTask.method(methodId);
        Study study = GliaDocument.load(modelFile);
        Network network = study.getNetwork();
        Mlp net;
        try {
            net = MlpConversion.toMlp(network);
        } catch (IllegalArgumentException e) {
            throw new DataException(modelFile, e.getMessage());
        }
        int[] node = NodeSpec.parse(nodeSpec, net);
        Cohort cohort = CohortLoader.load(cohortOf(study, modelFile), null);
        Subject subject = cohort.subject(subjectId).orElseThrow(() -> unknownSubject(subjectId, cohort));
        FeatureSet features = features(study, modelFile);
        if (features.size(cohort.regionCount()) != net.inputs()) {
            throw new DataException(modelFile, "the network has " + net.inputs() + " inputs but the cohort "
                    + cohort.directory() + " gives " + features.size(cohort.regionCount()) + " " + features.name()
                    + " features");
        }
        double[] x = MlpConversion.standardize(network, features.extract(subject.matrix()));
        ExplainContext ctx = ExplainContext.of(trainingMean(cohort, study, network, features));
        double[] map = method.method().attribute(net, x, node[0], node[1], ctx);
        double[] sums = new double[node[0] + 1];
        if (method.id().equals(AttributionMethods.PAPER)) {
            sums = ImportanceBackprop.fromNode(net, net.pass(x), node[0], node[1], ctx.policy()).levelSums();
        } else {
            Arrays.fill(sums, Double.NaN);
            sums[0] = Arrays.stream(map).sum();
        }
        String label = network.getLayers().get(node[0]).getNodes().get(node[1]).getLabel();
        return new NodeExplanation(subject.id(), subject.diagnosis(), method.id(), node[0], node[1],
                label == null ? "" : label, cohort.labels().names(), map, sums, study.getClasses(), net.predict(x));
    }

    private static Path cohortOf(Study study, Path modelFile) throws DataException {
        String p = study.getCohortPath();
        if (p == null || p.isBlank()) {
            throw new DataException(modelFile, "the model names no cohort, so the subject's features cannot be found");
        }
        Path path = Path.of(p);
        Path dir = modelFile.toAbsolutePath().getParent();
        return path.isAbsolute() || dir == null ? path : dir.resolve(path).normalize();
    }

    private static FeatureSet features(Study study, Path modelFile) throws DataException {
        String name = study.getFeatureSet();
        if (name == null || name.isBlank()) {
            return AnalysisData.FEATURES;
        }
        return FeatureSets.byName(name).orElseThrow(() -> new DataException(modelFile, "unknown feature set '" + name
                + "'; known: " + String.join(", ", FeatureSets.names())));
    }

    private static UsageException unknownSubject(String id, Cohort cohort) {
        List<String> ids = cohort.subjects().stream().map(Subject::id).toList();
        String examples = String.join(", ", ids.subList(0, Math.min(3, ids.size())));
        return new UsageException("unknown subject '" + id + "': the cohort " + cohort.directory() + " has "
                + ids.size() + " subjects (" + examples + (ids.size() > 3 ? ", ..." : "") + ")");
    }

    /** The standardised mean of the subjects of the model's classes: the baseline of occlusion and IG. */
    private static double[] trainingMean(Cohort cohort, Study study, Network network, FeatureSet features) {
        List<double[]> rows = new ArrayList<>();
        for (Subject s : cohort.subjects()) {
            if (study.getClasses().isEmpty() || study.getClasses().contains(s.diagnosis())) {
                rows.add(MlpConversion.standardize(network, features.extract(s.matrix())));
            }
        }
        return AnalyzeTask.columnMeans(rows.toArray(double[][]::new));
    }
}
