package org.glia.ui.training.internal.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.osgi.util.NLS;
import org.glia.ui.training.internal.Format;
import org.glia.ui.training.internal.Messages;

/** A {@link VersionComparison} as the rows of the compare dialog (aspect, first, second, change) and its edits text. */
public final class ComparisonRows {

    /** How many node ids a cell lists before "…". */
    static final int SHOWN_IDS = 5;

    private ComparisonRows() {
    }

    /** The table rows: sizes, one per layer, then the metrics; four cells each. */
    public static List<String[]> rows(VersionComparison c) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Messages.rowSizes, Format.sizes(c.sizesA()), Format.sizes(c.sizesB()),
                Arrays.equals(c.sizesA(), c.sizesB()) ? Messages.unchanged : Messages.changed});
        for (LayerChange l : c.layers()) {
            rows.add(layer(l, c.sizesB().length));
        }
        for (MetricChange m : c.metrics()) {
            rows.add(new String[] {m.name(), Format.meanSd(m.a(), m.sdA()), Format.meanSd(m.b(), m.sdB()),
                    Format.difference(m.difference())});
        }
        return rows;
    }

    private static String[] layer(LayerChange l, int layersB) {
        int position = l.layerB() >= 0 ? l.layerB() : l.layerA();
        String name = NLS.bind(Messages.rowLayer, position);
        if (l.layerB() >= 0 && l.layerB() == 0) {
            name = Messages.rowInputLayer;
        } else if (l.layerB() >= 0 && l.layerB() == layersB - 1) {
            name = Messages.rowOutputLayer;
        }
        String a = l.layerA() < 0 ? "\u2014" : NLS.bind(Messages.nodes, l.sizeA());
        String b = l.layerB() < 0 ? "\u2014" : NLS.bind(Messages.nodes, l.sizeB());
        if (!l.matched()) {
            return new String[] {name, a, b, l.layerA() < 0 ? Messages.layerAdded : Messages.layerRemoved};
        }
        StringJoiner change = new StringJoiner("; ");
        if (!l.added().isEmpty()) {
            change.add(NLS.bind(Messages.nodesAdded, l.added().size(), ids(l.added())));
        }
        if (!l.removed().isEmpty()) {
            change.add(NLS.bind(Messages.nodesRemoved, l.removed().size(), ids(l.removed())));
        }
        if (l.comparedWeights() > 0) {
            change.add(NLS.bind(Messages.weightChange, Format.number(l.weightChange()),
                    Format.number(l.relativeChange())));
        }
        return new String[] {name, a, b, change.length() == 0 ? Messages.unchanged : change.toString()};
    }

    private static String ids(List<String> ids) {
        List<String> shown = ids.subList(0, Math.min(SHOWN_IDS, ids.size()));
        return String.join(", ", shown) + (ids.size() > SHOWN_IDS ? ", \u2026" : "");
    }

    /** The edits from the common ancestor to each version, one per line. */
    public static String edits(VersionComparison c) {
        StringBuilder sb = new StringBuilder();
        String from = c.ancestor() == null ? Messages.noAncestor : c.ancestor().getId();
        if (c.ancestor() == null) {
            sb.append(Messages.noCommonAncestor).append('\n');
        }
        edits(sb, from, c.a().getId(), c.editsToA());
        edits(sb, from, c.b().getId(), c.editsToB());
        return c.editsToA().isEmpty() && c.editsToB().isEmpty() ? Messages.noEditsBetween : sb.toString().strip();
    }

    private static void edits(StringBuilder sb, String from, String to, List<String> edits) {
        if (edits.isEmpty()) {
            return;
        }
        sb.append(NLS.bind(Messages.editsFromTo, from, to)).append('\n');
        for (String e : edits) {
            sb.append("  ").append(e).append('\n');
        }
    }
}
