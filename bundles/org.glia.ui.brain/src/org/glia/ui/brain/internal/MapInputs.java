package org.glia.ui.brain.internal;

import java.util.List;

import org.glia.core.nn.Mlp;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.nn.MlpConversion;
import org.glia.ui.brain.Comparison;

/**
 * Resolves what the brain view is asked to show into {@link MapInput}s: the study's network on one subject or a
 * class, or the two sides of a {@link Comparison} (two subjects, two classes, or two model versions on the
 * current subject or class). Anything that cannot be resolved is refused with the reason.
 */
public final class MapInputs {

    private MapInputs() {
    }

    /** The network on the source's subjects (one subject, or every subject of a class). */
    public static MapInput single(Network network, StudyData data, MapSource source, int level, int node)
            throws MapRefused {
        Mlp net = convert(network, null, data, level, node);
        return new MapInput(net, standardised(network, rows(data, source)));
    }

    /** The two sides of a comparison: {@code [a, b]}, whose maps' difference a − b is shown. */
    public static MapInput[] comparison(Study study, StudyData data, MapSource source, Comparison c, int level,
            int node) throws MapRefused {
        return switch (c.kind()) {
            case SUBJECTS -> new MapInput[] {single(study.getNetwork(), data, MapSource.subject(c.a()), level, node),
                single(study.getNetwork(), data, MapSource.subject(c.b()), level, node)};
            case CLASSES -> new MapInput[] {single(study.getNetwork(), data, MapSource.ofClass(c.a()), level, node),
                single(study.getNetwork(), data, MapSource.ofClass(c.b()), level, node)};
            case VERSIONS -> new MapInput[] {version(study, c.a(), data, source, level, node),
                version(study, c.b(), data, source, level, node)};
        };
    }

    private static MapInput version(Study study, String id, StudyData data, MapSource source, int level, int node)
            throws MapRefused {
        Network network = study.getVersions().stream().filter(v -> id.equals(v.getId()))
                .map(ModelVersion::getNetwork).filter(n -> n != null).findFirst()
                .orElseThrow(() -> new MapRefused(Messages.bind(Messages.unknownVersion, id)));
        Mlp net = convert(network, id, data, level, node);
        return new MapInput(net, standardised(network, rows(data, source)));
    }

    /** The network as an {@link Mlp}, refused unless it reads one input per region and has the node. */
    private static Mlp convert(Network network, String version, StudyData data, int level, int node)
            throws MapRefused {
        Mlp net;
        try {
            net = MlpConversion.toMlp(network);
        } catch (IllegalArgumentException e) {
            throw new MapRefused(version == null ? e.getMessage()
                    : Messages.bind(Messages.versionProblem, version, e.getMessage()));
        }
        int regions = data.cohort().regionCount();
        if (net.inputs() != regions) {
            throw new MapRefused(version == null ? Messages.bind(Messages.inputMismatch, net.inputs(), regions)
                    : Messages.bind(Messages.versionInputs, new Object[] {version, net.inputs(), regions}));
        }
        if (level < 0 || level > net.depth() || node < 0 || node >= net.sizes()[level]) {
            String ref = level + ":" + node;
            throw new MapRefused(version == null ? Messages.bind(Messages.noNode, ref)
                    : Messages.bind(Messages.versionNoNode, version, ref));
        }
        return net;
    }

    /** The raw feature vectors the source stands for; refused when it names no subject. */
    private static List<double[]> rows(StudyData data, MapSource source) throws MapRefused {
        if (source.subjectClass()) {
            List<double[]> rows = data.rawFeatures(source.name());
            if (rows.isEmpty()) {
                throw new MapRefused(Messages.bind(Messages.emptyClass, source.name()));
            }
            return rows;
        }
        return data.cohort().subject(source.name()).map(s -> List.of(data.features().extract(s.matrix())))
                .orElseThrow(() -> new MapRefused(Messages.bind(Messages.unknownSubject, source.name())));
    }

    private static List<double[]> standardised(Network network, List<double[]> rows) {
        return rows.stream().map(x -> MlpConversion.standardize(network, x)).toList();
    }
}
