package org.glia.ui.network.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.glia.model.Layer;
import org.glia.model.LayerKind;
import org.glia.model.Network;
import org.glia.model.Networks;
import org.glia.model.edit.NetworkEdits;
import org.glia.ui.network.NetworkGraphEditor;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.Messages;

/**
 * The properties of a picked node (layer, index, label, bias, activation) or edge (ends and weight) for the
 * Properties view; the weight and a non-input node's bias are editable, each change an undoable edit on the
 * editor's command stack (a refused value leaves the model unchanged and says why in the status line).
 */
public final class PickPropertySource implements IPropertySource {

    /** Property id: the node's layer. */
    public static final String LAYER = "layer";
    /** Property id: the node's index in its layer. */
    public static final String INDEX = "index";
    /** Property id: the node's label. */
    public static final String LABEL = "label";
    /** Property id: the node's bias (editable for hidden and output nodes). */
    public static final String BIAS = "bias";
    /** Property id: the node's activation for the chosen subject. */
    public static final String ACTIVATION = "activation";
    /** Property id: the edge's source node. */
    public static final String FROM = "from";
    /** Property id: the edge's target node. */
    public static final String TO = "to";
    /** Property id: the edge's weight (editable). */
    public static final String WEIGHT = "weight";
    /** Property id: the kind of the node's layer (input, hidden, output). */
    public static final String LAYER_KIND = "layer.kind";
    /** Property id: how many nodes the node's layer has. */
    public static final String LAYER_SIZE = "layer.size";
    /** Property id: the activation function of the node's layer. */
    public static final String LAYER_FUNCTION = "layer.function";
    /** Property id: the weights into the node's layer (shape and mean |w|). */
    public static final String LAYER_WEIGHTS = "layer.weights";

    private final NetworkGraphEditor editor;
    private final NetworkPick pick;

    /** The properties of {@code pick} in {@code editor}'s network. */
    public PickPropertySource(NetworkGraphEditor editor, NetworkPick pick) {
        this.editor = editor;
        this.pick = pick;
    }

    @Override
    public Object getEditableValue() {
        return pick;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> d = new ArrayList<>();
        if (pick.isNode()) {
            d.add(new PropertyDescriptor(LAYER, Messages.propLayer));
            d.add(new PropertyDescriptor(INDEX, Messages.propIndex));
            d.add(new PropertyDescriptor(LABEL, Messages.propLabel));
            Layer layer = layer(pick.layer());
            d.add(layer != null && layer.getKind() != LayerKind.INPUT ? new TextPropertyDescriptor(BIAS, Messages.propBias)
                    : new PropertyDescriptor(BIAS, Messages.propBias));
            d.add(new PropertyDescriptor(ACTIVATION, Messages.propActivation));
            for (IPropertyDescriptor p : d) {
                ((PropertyDescriptor) p).setCategory(Messages.propCategoryNode);
            }
            layerDescriptors(d);
        } else {
            d.add(new PropertyDescriptor(FROM, Messages.propFrom));
            d.add(new PropertyDescriptor(TO, Messages.propTo));
            d.add(new TextPropertyDescriptor(WEIGHT, Messages.propWeight));
        }
        return d.toArray(IPropertyDescriptor[]::new);
    }

    /** The read-only description of the picked node's layer, in its own category. */
    private static void layerDescriptors(List<IPropertyDescriptor> d) {
        String[][] rows = {{LAYER_KIND, Messages.propLayerKind}, {LAYER_SIZE, Messages.propLayerSize},
            {LAYER_FUNCTION, Messages.propLayerFunction}, {LAYER_WEIGHTS, Messages.propLayerWeights}};
        for (String[] r : rows) {
            PropertyDescriptor p = new PropertyDescriptor(r[0], r[1]);
            p.setCategory(Messages.propCategoryLayer);
            d.add(p);
        }
    }

    @Override
    public Object getPropertyValue(Object id) {
        Layer layer = layer(pick.layer());
        return switch ((String) id) {
            case LAYER_KIND -> layer == null ? "" : layer.getKind().getLiteral();
            case LAYER_SIZE -> layer == null ? "" : Integer.toString(layer.getNodes().size());
            case LAYER_FUNCTION -> layer == null || layer.getActivation() == null ? ""
                    : layer.getActivation().getLiteral();
            case LAYER_WEIGHTS -> weightsOf(layer);
            case LAYER -> Integer.toString(pick.layer());
            case INDEX -> Integer.toString(pick.node());
            case LABEL -> pick.label();
            case BIAS -> layer == null || pick.node() >= layer.getNodes().size() ? ""
                    : Double.toString(layer.getNodes().get(pick.node()).getBias());
            case ACTIVATION -> editor.activationOf(pick.layer(), pick.node());
            case FROM -> Networks.ref(pick.layer(), pick.node());
            case TO -> Networks.ref(pick.layer() + 1, pick.target());
            case WEIGHT -> weight();
            default -> null;
        };
    }

    private String weight() {
        Layer next = layer(pick.layer() + 1);
        if (next == null || next.getWeights() == null || pick.target() >= next.getWeights().getRows()
                || pick.node() >= next.getWeights().getCols()) {
            return "";
        }
        return Double.toString(next.getWeights().get(pick.target(), pick.node()));
    }

    /** "278 x 512, mean |w| 0.0412" for the weights into a layer; empty for the input layer. */
    private static String weightsOf(Layer layer) {
        if (layer == null || layer.getWeights() == null) {
            return "";
        }
        double[] w = layer.getWeights().getValues();
        double sum = 0;
        for (double v : w) {
            sum += Math.abs(v);
        }
        return org.eclipse.osgi.util.NLS.bind(Messages.propLayerWeightsValue, new Object[] {
            layer.getWeights().getCols(), layer.getWeights().getRows(),
            String.format(java.util.Locale.ROOT, "%.4g", w.length == 0 ? 0 : sum / w.length)});
    }

    private Layer layer(int k) {
        Network n = editor.getNetwork();
        return n == null || k < 0 || k >= n.getLayers().size() ? null : n.getLayers().get(k);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // values have no default
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        Double v = NumberInput.parseNumber(value == null ? null : value.toString());
        Network n = editor.getNetwork();
        if (n == null) {
            return;
        }
        if (v == null) {
            editor.showStatus(Messages.notANumber);
        } else if (WEIGHT.equals(id)) {
            editor.run(NetworkEdits.setWeight(n, pick.layer(), pick.node(), pick.target(), v));
        } else if (BIAS.equals(id)) {
            editor.run(NetworkEdits.setBias(n, pick.layer(), pick.node(), v));
        }
    }
}
