package org.glia.analysis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glia.analysis.LabelledData;
import org.glia.cohort.CohortLoader;
import org.glia.cohort.FeatureSet;
import org.glia.cohort.FeatureSets;
import org.glia.core.io.DataException;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.Network;
import org.glia.model.Study;
import org.glia.model.edit.ModelEditing;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.NetworkBuilder;

/** The network, save and open steps: making, writing and reading the study. */
public final class ModelSteps {

    private static final Set<String> NETWORK_FIELDS = Set.of("hidden", "activation", "seed");

    private ModelSteps() {
    }

    /** The hidden activation named {@code name} (identity, relu, tanh or sigmoid). */
    static ActivationFunction activation(StepArgs.Fields f, String field, ActivationFunction fallback)
            throws StepFault {
        if (!f.has(field)) {
            return fallback;
        }
        String name = f.text(field, null).strip().toUpperCase(Locale.ROOT);
        for (ActivationFunction a : ActivationFunction.values()) {
            if (a != ActivationFunction.SOFTMAX && a.name().equals(name)) {
                return a;
            }
        }
        throw f.wrongValue(field, "one of identity, relu, tanh, sigmoid");
    }

    /**
     * {@code {"network": {"hidden": [4], "activation": "relu", "seed": 1}}}: a new study whose network has one
     * input per feature, the hidden layers given and one softmax output per class (the run's undo history starts
     * afresh).
     */
    public static Action network(StepArgs args) throws StepFault {
        StepArgs.Fields f = args.fields(NETWORK_FIELDS);
        int[] hidden = f.integers("hidden", 1, 100_000);
        ActivationFunction activation = activation(f, "activation", ActivationFunction.RELU);
        long seed = f.seed("seed", 1);
        return (state, monitor) -> {
            LabelledData d = state.data();
            Network network;
            try {
                network = NetworkBuilder.build(d.features(), hidden, activation, d.classes(), seed);
            } catch (IllegalArgumentException e) {
                throw new StepFault(e.getMessage());
            }
            Study study = GliaFactory.eINSTANCE.createStudy();
            String name = state.experiment().getFileName().toString();
            study.setName(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name);
            study.setCohortPath(state.cohort().directory() == null ? ""
                    : state.cohort().directory().toAbsolutePath().normalize().toString());
            study.setFeatureSet(state.featureSet().name());
            study.getClasses().addAll(d.classes());
            study.setSeed(seed);
            study.setNetwork(network);
            state.setStudy(study, null, new Lineage(d.features(), hidden, activation, d.classes(), seed));
            return Figures.sizes(network) + " " + activation.getLiteral();
        };
    }

    /** {@code {"save": "PATH.glia"}}: writes the study (atomically). */
    public static Action save(StepArgs args) throws StepFault {
        String given = args.string();
        return (state, monitor) -> {
            Study study = state.study();
            Path file = state.resolve(given);
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                GliaDocument.save(study, file);
            } catch (IOException | RuntimeException e) {
                throw new StepFault("cannot write " + file + ": " + e.getMessage());
            }
            return given + ": " + describe(study);
        };
    }

    /**
     * {@code {"open": "PATH.glia"}}: makes a saved study the current one, with its classes and feature set; when no
     * cohort is loaded yet, loads the study's cohort. The undo history starts afresh.
     */
    public static Action open(StepArgs args) throws StepFault {
        String given = args.string();
        int number = args.step().number();
        return (state, monitor) -> {
            Path file = state.resolve(given);
            EditingDomain domain = ModelEditing.createDomain();
            Study study;
            try {
                Resource r = GliaDocument.load(file, domain.getResourceSet());
                study = (Study) r.getContents().get(0);
            } catch (DataException e) {
                throw new DataException(state.experiment() + ": step " + number + " (open): " + file
                        + " was refused", e.problems(), e.dropped());
            } catch (IOException e) {
                throw new StepFault("cannot read " + file + ": " + e.getMessage());
            }
            FeatureSet features = FeatureSets.byName(study.getFeatureSet() == null ? "degree" : study.getFeatureSet())
                    .orElseThrow(() -> new StepFault("the study uses the feature set '" + study.getFeatureSet()
                            + "', which this Glia does not know"));
            if (state.cohort() == null) {
                loadStudyCohort(state, study, file, number, monitor);
            }
            state.setFeatureSet(features);
            state.setClasses(study.getClasses());
            state.setStudy(study, domain, null);
            return given + ": " + describe(study);
        };
    }

    private static void loadStudyCohort(RunState state, Study study, Path file, int number,
            org.eclipse.core.runtime.IProgressMonitor monitor) throws StepFault, DataException {
        String path = study.getCohortPath();
        if (path == null || path.isBlank()) {
            throw new StepFault("the study names no cohort: put a load step before the open step");
        }
        Path dir = file.toAbsolutePath().getParent().resolve(path).normalize();
        try {
            state.setCohort(CohortLoader.load(dir, monitor));
        } catch (DataException e) {
            throw new DataException(state.experiment() + ": step " + number + " (open): the study's cohort " + dir
                    + " was refused", e.problems(), e.dropped());
        }
    }

    private static String describe(Study study) {
        int n = study.getVersions().size();
        String current = study.getCurrentVersion() == null ? "" : ", current " + study.getCurrentVersion().getId();
        return n + (n == 1 ? " version" : " versions") + current + ", network " + Figures.sizes(study.getNetwork());
    }
}
