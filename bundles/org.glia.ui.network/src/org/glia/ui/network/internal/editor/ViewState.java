package org.glia.ui.network.internal.editor;

import org.eclipse.ui.IMemento;
import org.glia.ui.network.NetworkPick;

/**
 * What the network editor remembers across restarts: the zoom and pan (or that the network was fitted) and the
 * picked node or edge.
 *
 * @param fitted true when the whole network was fitted (then scale and offsets are ignored)
 * @param scale  pixels per world unit
 * @param x      screen x of world 0
 * @param y      screen y of world 0
 * @param pick   the picked node or edge, or null
 */
public record ViewState(boolean fitted, double scale, double x, double y, NetworkPick pick) {

    private static final String FITTED = "fitted";
    private static final String SCALE = "scale";
    private static final String X = "offsetX";
    private static final String Y = "offsetY";
    private static final String KIND = "pickKind";
    private static final String LAYER = "pickLayer";
    private static final String NODE = "pickNode";
    private static final String TARGET = "pickTarget";

    /** Writes the state into {@code m}. */
    public void save(IMemento m) {
        m.putBoolean(FITTED, fitted);
        m.putString(SCALE, Double.toString(scale));
        m.putString(X, Double.toString(x));
        m.putString(Y, Double.toString(y));
        if (pick != null) {
            m.putString(KIND, pick.kind().name());
            m.putInteger(LAYER, pick.layer());
            m.putInteger(NODE, pick.node());
            m.putInteger(TARGET, pick.target());
        }
    }

    /**
     * Reads a state written by {@link #save}; missing or damaged values give a fitted view without a pick. The pick
     * read has no label or weight: the editor fills them in from the network.
     */
    public static ViewState read(IMemento m) {
        Boolean fitted = m.getBoolean(FITTED);
        double scale = number(m.getString(SCALE));
        double x = number(m.getString(X));
        double y = number(m.getString(Y));
        boolean usable = fitted != null && !fitted && scale > 0 && Double.isFinite(x) && Double.isFinite(y);
        return new ViewState(!usable, usable ? scale : 1, usable ? x : 0, usable ? y : 0, pick(m));
    }

    private static NetworkPick pick(IMemento m) {
        String kind = m.getString(KIND);
        Integer layer = m.getInteger(LAYER);
        Integer node = m.getInteger(NODE);
        Integer target = m.getInteger(TARGET);
        if (kind == null || layer == null || node == null || target == null) {
            return null;
        }
        try {
            return new NetworkPick(NetworkPick.Kind.valueOf(kind), layer, node, target, Double.NaN, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double number(String s) {
        Double d = NumberInput.parseNumber(s);
        return d == null ? Double.NaN : d;
    }
}
