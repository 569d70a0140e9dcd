package org.glia.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Read-only helpers on a {@link Network}: positions, sizes, node references, deep copies and shape checks. */
public final class Networks {

    private Networks() {
    }

    /** Node counts of every layer, input first, e.g. {@code {90, 4, 2}}. */
    public static int[] sizes(Network network) {
        List<Layer> layers = network.getLayers();
        int[] sizes = new int[layers.size()];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = layers.get(k).getNodes().size();
        }
        return sizes;
    }

    /** The reference shown to the user for node {@code node} of layer {@code layer}, e.g. {@code "1:3"}. */
    public static String ref(int layer, int node) {
        return layer + ":" + node;
    }

    /** The reference of {@code node} in its network, e.g. {@code "1:3"}. */
    public static String ref(Node node) {
        Layer layer = (Layer) node.eContainer();
        return ref(indexOf(layer), layer.getNodes().indexOf(node));
    }

    /** The position of {@code layer} in its network. */
    public static int indexOf(Layer layer) {
        return ((Network) layer.eContainer()).getLayers().indexOf(layer);
    }

    /** The study whose working network {@code network} is, or null (a version snapshot, a free network). */
    public static Study studyOf(Network network) {
        EObject c = network.eContainer();
        return c instanceof Study s && s.getNetwork() == network ? s : null;
    }

    /**
     * A deep copy of {@code network}, weight arrays included ({@link EcoreUtil#copy} alone would share them).
     */
    public static Network copy(Network network) {
        Network copy = EcoreUtil.copy(network);
        for (Iterator<EObject> it = copy.eAllContents(); it.hasNext();) {
            if (it.next() instanceof WeightMatrix m) {
                m.setValues(m.getValues().clone());
            }
        }
        return copy;
    }

    /**
     * The structural faults of {@code network}: layer kinds in the wrong place, empty layers, matrices whose shape
     * does not match the layers, non-finite weights or biases, normalisation lists of the wrong length. Empty when
     * the network is sound. Each message starts with the layer it is about.
     */
    public static List<String> problems(Network network) {
        List<String> problems = new ArrayList<>();
        List<Layer> layers = network.getLayers();
        if (layers.size() < 2) {
            problems.add("the network has " + layers.size() + " layers; it needs at least an input and an output layer");
            return problems;
        }
        for (int k = 0; k < layers.size(); k++) {
            checkLayer(layers, k, problems);
        }
        int inputs = layers.get(0).getNodes().size();
        checkScaling("inputShift", network.getInputShift(), inputs, problems);
        checkScaling("inputScale", network.getInputScale(), inputs, problems);
        return problems;
    }

    private static void checkLayer(List<Layer> layers, int k, List<String> problems) {
        Layer layer = layers.get(k);
        String where = "layer " + k + ": ";
        LayerKind expected = k == 0 ? LayerKind.INPUT : k == layers.size() - 1 ? LayerKind.OUTPUT : LayerKind.HIDDEN;
        if (layer.getKind() != expected) {
            problems.add(where + "is marked " + layer.getKind() + " but its position makes it " + expected);
        }
        int n = layer.getNodes().size();
        if (n == 0) {
            problems.add(where + "has no nodes");
        }
        WeightMatrix w = layer.getWeights();
        if (k == 0) {
            if (w != null) {
                problems.add(where + "the input layer must not have incoming weights");
            }
            return;
        }
        int below = layers.get(k - 1).getNodes().size();
        if (w == null) {
            problems.add(where + "has no weight matrix");
        } else if (w.getRows() != n || w.getCols() != below || w.getValues().length != (long) n * below) {
            problems.add(where + "the weight matrix is " + w.getRows() + " x " + w.getCols() + " with "
                    + w.getValues().length + " values but the layers need " + n + " x " + below);
        } else {
            checkFinite(where, w, problems);
        }
        for (int i = 0; i < n; i++) {
            double b = layer.getNodes().get(i).getBias();
            if (!Double.isFinite(b)) {
                problems.add(where + "node " + ref(k, i) + " has bias " + b);
            }
        }
    }

    private static void checkFinite(String where, WeightMatrix w, List<String> problems) {
        double[] v = w.getValues();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                problems.add(where + "weight [" + i / w.getCols() + ", " + i % w.getCols() + "] is " + v[i]);
                return;
            }
        }
    }

    private static void checkScaling(String name, List<Double> values, int inputs, List<String> problems) {
        if (!values.isEmpty() && values.size() != inputs) {
            problems.add(name + " has " + values.size() + " values for " + inputs + " inputs");
        }
        boolean scale = name.equals("inputScale");
        for (Double v : values) {
            boolean usable = scale ? v != 0 && (Double.isFinite(v) || v == Double.POSITIVE_INFINITY) : Double.isFinite(v);
            if (!usable) {
                problems.add(name + " holds the unusable value " + v);
                return;
            }
        }
    }
}
