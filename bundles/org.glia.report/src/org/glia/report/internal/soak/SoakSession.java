package org.glia.report.internal.soak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.glia.core.nn.Mlp;
import org.glia.explain.AttributionMethods;
import org.glia.explain.ClassMaps;
import org.glia.explain.ExplainContext;
import org.glia.explain.MethodDescriptor;
import org.glia.model.ActivationFunction;
import org.glia.model.GliaFactory;
import org.glia.model.ModelVersion;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.Study;
import org.glia.model.edit.BoundedCommandStack;
import org.glia.model.edit.ModelEditing;
import org.glia.model.edit.NetworkEdits;
import org.glia.model.io.GliaDocument;
import org.glia.model.nn.MlpConversion;
import org.glia.model.nn.NetworkBuilder;
import org.glia.train.JavaTrainer;
import org.glia.train.TrainSettings;
import org.glia.train.eval.FoldPreprocessor;
import org.glia.train.retrain.Retrainer;

/**
 * The model side of a soak run, kept as the network editor keeps a document: a study in a resource of an editing
 * domain whose command stack (the editor's, with its default undo limit) runs every edit and every recorded
 * retraining.
 */
final class SoakSession {

    private final SoakData data;
    private final SoakOptions options;
    private final EditingDomain domain = ModelEditing.createDomain(BoundedCommandStack.DEFAULT_LIMIT);
    private final Study study;
    private final SplittableRandom random;
    private final MethodDescriptor method = AttributionMethods.get(AttributionMethods.PAPER);

    /** A new study with a fresh network of {@code options.hidden()} hidden nodes on {@code data}. */
    SoakSession(SoakData data, SoakOptions options, Path folder) {
        this.data = data;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        study = GliaFactory.eINSTANCE.createStudy();
        study.setName("soak");
        study.setSeed(options.seed());
        study.getClasses().addAll(data.classes());
        study.setNetwork(NetworkBuilder.build(data.regions(), new int[] {options.hidden()}, ActivationFunction.RELU,
                data.classes(), options.seed()));
        Resource r = domain.getResourceSet().createResource(GliaDocument.uri(folder.resolve("soak.glia")));
        r.getContents().add(study);
    }

    /**
     * One undoable edit, in turn: add a hidden node, delete the last hidden node, set a random weight, so the network
     * keeps its size over the run.
     */
    void edit(int cycle) {
        Network n = study.getNetwork();
        int hidden = n.getLayers().get(1).getNodes().size();
        Command edit = switch (cycle % 3) {
            case 0 -> NetworkEdits.addNodes(n, 1, 1);
            case 1 -> NetworkEdits.deleteNode(n, 1, hidden - 1);
            default -> NetworkEdits.setWeight(n, 0, random.nextInt(data.regions().size()), random.nextInt(hidden),
                    random.nextDouble(-0.5, 0.5));
        };
        run(edit);
    }

    /** Retrains from the edited weights (no cross-validation) and records the result as a version. */
    void retrain(int cycle, IProgressMonitor monitor) {
        TrainSettings s = TrainSettings.defaults().withEngine(TrainSettings.JAVA).withEpochs(options.epochs())
                .withSeed(options.seed() + cycle);
        Retrainer.retrainNow(study, stack(), new JavaTrainer(), data.x(), data.y(), s, 0, FoldPreprocessor.Z_SCORE,
                monitor);
    }

    /** The class maps of the working network with the paper's rule: {@code [class][region]}. */
    double[][] explain(IProgressMonitor monitor) {
        Network n = study.getNetwork();
        Mlp net = MlpConversion.toMlp(n);
        List<double[]> inputs = new ArrayList<>(data.x().length);
        for (double[] row : data.x()) {
            inputs.add(MlpConversion.standardize(n, row));
        }
        ExplainContext ctx = ExplainContext.of(mean(inputs));
        return ClassMaps.ofClasses(method.method(), net, inputs, data.y(), ctx, monitor);
    }

    private static double[] mean(List<double[]> rows) {
        double[] m = new double[rows.get(0).length];
        for (double[] r : rows) {
            for (int j = 0; j < m.length; j++) {
                m[j] += r[j] / rows.size();
            }
        }
        return m;
    }

    /** Versions recorded so far. */
    int versions() {
        return study.getVersions().size();
    }

    /** Commands on the undo stack now (the oldest beyond the editor's undo limit are forgotten). */
    int commands() {
        return ((BoundedCommandStack) stack()).undoable();
    }

    /** Nodes per layer of the working network. */
    int[] sizes() {
        return Networks.sizes(study.getNetwork());
    }

    /** Empties the undo stack, as if the history were never kept (to measure what it holds). */
    void dropUndoHistory() {
        stack().flush();
    }

    /** Removes every version but the current one, which loses its parent (to measure what versions hold). */
    void dropVersions() {
        ModelVersion current = study.getCurrentVersion();
        study.getVersions().retainAll(current == null ? List.of() : List.of(current));
        if (current != null) {
            current.setParent(null);
        }
    }

    private void run(Command edit) {
        String why = NetworkEdits.run(stack(), edit);
        if (why != null) {
            throw new IllegalStateException("the soak edit '" + edit.getLabel() + "' was refused: " + why);
        }
    }

    private BasicCommandStack stack() {
        return (BasicCommandStack) domain.getCommandStack();
    }
}
