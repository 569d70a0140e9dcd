package org.glia.model.internal.edit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.glia.core.nn.DenseLayer;
import org.glia.core.nn.Mlp;
import org.glia.model.GliaFactory;
import org.glia.model.Layer;
import org.glia.model.Metrics;
import org.glia.model.ModelVersion;
import org.glia.model.Networks;
import org.glia.model.Node;
import org.glia.model.Study;
import org.glia.model.TrainingSettings;
import org.glia.model.edit.ModelEdit;
import org.glia.model.nn.MlpConversion;

/**
 * Writes trained weights into a study's working network and records them as a new {@link ModelVersion} (parent =
 * the current version, edits = the pending edits, which are then cleared). Refused when the working network no
 * longer matches the weights training started from (it was edited meanwhile).
 */
public final class RecordVersionEdit extends ModelEdit {

    private final Study study;
    private final Mlp initial;
    private final Mlp trained;
    private final double[] shift;
    private final double[] scale;
    private final ModelVersion version;
    private final List<double[]> oldWeights = new ArrayList<>();
    private final List<double[]> oldBiases = new ArrayList<>();
    private List<Double> oldShift;
    private List<Double> oldScale;
    private List<String> oldPending;
    private ModelVersion oldCurrent;

    /**
     * Records {@code trained}, trained from {@code initial}; {@code shift}/{@code scale} are the input
     * standardisation it was trained with (null: none).
     */
    public RecordVersionEdit(Study study, Mlp initial, Mlp trained, double[] shift, double[] scale,
            TrainingSettings settings, Metrics metrics, Date timestamp) {
        super(study.getNetwork(), "Record Version " + nextId(study));
        this.study = study;
        this.initial = initial;
        this.trained = trained;
        this.shift = shift == null ? new double[0] : shift.clone();
        this.scale = scale == null ? new double[0] : scale.clone();
        version = GliaFactory.eINSTANCE.createModelVersion();
        version.setId(nextId(study));
        version.setSettings(settings);
        version.setMetrics(metrics);
        version.setTimestamp(timestamp);
    }

    /** The id the next version of {@code study} gets: {@code "v" + (highest number so far + 1)}. */
    public static String nextId(Study study) {
        int max = 0;
        for (ModelVersion v : study.getVersions()) {
            String id = v.getId();
            if (id != null && id.matches("v\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(id.substring(1)));
            }
        }
        return "v" + (max + 1);
    }

    /** The version this edit adds. */
    public ModelVersion getVersion() {
        return version;
    }

    @Override
    protected boolean isLogged() {
        return false;
    }

    @Override
    protected String check() {
        if (!MlpConversion.matches(network, initial)) {
            return "The network was edited while it was being trained; train again.";
        }
        if (trained.inputs() != initial.inputs() || !java.util.Arrays.equals(trained.sizes(), initial.sizes())) {
            return "The trained network does not have the shape of the network it was trained from.";
        }
        int inputs = initial.inputs();
        if (shift.length != 0 && shift.length != inputs || scale.length != 0 && scale.length != inputs) {
            return "The input standardisation does not match the " + inputs + " inputs.";
        }
        return null;
    }

    @Override
    protected void apply() {
        List<Layer> layers = network.getLayers();
        for (int k = 1; k < layers.size(); k++) {
            oldWeights.add(layers.get(k).getWeights().getValues());
            oldBiases.add(MlpConversion.biases(layers.get(k)));
        }
        oldShift = new ArrayList<>(network.getInputShift());
        oldScale = new ArrayList<>(network.getInputScale());
        oldPending = new ArrayList<>(study.getPendingEdits());
        oldCurrent = study.getCurrentVersion();
        version.setParent(oldCurrent);
        version.getEdits().addAll(oldPending);
        reapply();
    }

    @Override
    protected void reapply() {
        List<Layer> layers = network.getLayers();
        List<double[]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (DenseLayer d : trained.layers()) {
            weights.add(d.weights());
            biases.add(d.bias());
        }
        write(layers, weights, biases);
        ECollections.setEList(network.getInputShift(), boxed(shift));
        ECollections.setEList(network.getInputScale(), boxed(scale));
        if (version.getNetwork() == null) {
            version.setNetwork(Networks.copy(network));
        }
        study.getVersions().add(version);
        study.setCurrentVersion(version);
        study.getPendingEdits().clear();
    }

    @Override
    protected void revert() {
        study.getPendingEdits().addAll(oldPending);
        study.setCurrentVersion(oldCurrent);
        study.getVersions().remove(version);
        ECollections.setEList(network.getInputScale(), oldScale);
        ECollections.setEList(network.getInputShift(), oldShift);
        write(network.getLayers(), oldWeights, oldBiases);
    }

    private static void write(List<Layer> layers, List<double[]> weights, List<double[]> biases) {
        for (int k = 1; k < layers.size(); k++) {
            Layer l = layers.get(k);
            l.getWeights().reshape(l.getWeights().getRows(), l.getWeights().getCols(), weights.get(k - 1));
            List<Node> nodes = l.getNodes();
            double[] b = biases.get(k - 1);
            for (int i = 0; i < b.length; i++) {
                nodes.get(i).setBias(b[i]);
            }
        }
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
