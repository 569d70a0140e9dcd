package org.glia.ui.training.internal.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glia.model.Layer;
import org.glia.model.Network;
import org.glia.model.Node;
import org.glia.model.WeightMatrix;

/**
 * Matches the layers of two networks by the ids of their nodes (which survive edits, unlike positions) and
 * measures each matched layer's change: nodes added and removed and the norm of the weight change over the
 * connections both have. Input and output layers always match; hidden layers are paired in order so that the
 * number of shared nodes is largest.
 */
final class LayerMatcher {

    private final List<List<String>> keysA;
    private final List<List<String>> keysB;
    private final Network a;
    private final Network b;

    private LayerMatcher(Network a, Network b) {
        this.a = a;
        this.b = b;
        keysA = keys(a);
        keysB = keys(b);
    }

    /** The layers of {@code a} and {@code b} matched and compared, in network order. */
    static List<LayerChange> compare(Network a, Network b) {
        return new LayerMatcher(a, b).compare();
    }

    private List<LayerChange> compare() {
        int[] match = match();
        List<LayerChange> out = new ArrayList<>();
        int nextB = 0;
        for (int i = 0; i < keysA.size(); i++) {
            int j = match[i];
            if (j < 0) {
                out.add(removed(i));
                continue;
            }
            for (; nextB < j; nextB++) {
                out.add(added(nextB));
            }
            out.add(changed(i, j));
            nextB = j + 1;
        }
        for (; nextB < keysB.size(); nextB++) {
            out.add(added(nextB));
        }
        return out;
    }

    /** For each layer of {@code a}, the matching layer of {@code b} or -1. */
    private int[] match() {
        int na = keysA.size();
        int nb = keysB.size();
        int[] match = new int[na];
        Arrays.fill(match, -1);
        if (na == 0 || nb == 0) {
            return match;
        }
        match[0] = 0;
        if (na == 1 || nb == 1) {
            return match;
        }
        match[na - 1] = nb - 1;
        // order-preserving pairing of the hidden layers maximising the shared nodes (a weighted LCS)
        int ha = na - 2;
        int hb = nb - 2;
        int[][] best = new int[ha + 1][hb + 1];
        for (int i = 1; i <= ha; i++) {
            for (int j = 1; j <= hb; j++) {
                int shared = shared(keysA.get(i), keysB.get(j));
                best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]),
                        shared > 0 ? best[i - 1][j - 1] + shared : 0);
            }
        }
        for (int i = ha, j = hb; i > 0 && j > 0;) {
            int shared = shared(keysA.get(i), keysB.get(j));
            if (shared > 0 && best[i][j] == best[i - 1][j - 1] + shared) {
                match[i] = j;
                i--;
                j--;
            } else if (best[i - 1][j] >= best[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return match;
    }

    private LayerChange removed(int i) {
        List<String> keys = keysA.get(i);
        return new LayerChange(i, -1, keys.size(), 0, List.of(), keys, Double.NaN, Double.NaN, 0, false);
    }

    private LayerChange added(int j) {
        List<String> keys = keysB.get(j);
        return new LayerChange(-1, j, 0, keys.size(), keys, List.of(), Double.NaN, Double.NaN, 0, false);
    }

    private LayerChange changed(int i, int j) {
        List<String> ka = keysA.get(i);
        List<String> kb = keysB.get(j);
        List<String> added = new ArrayList<>(kb);
        added.removeAll(new LinkedHashSet<>(ka));
        List<String> removed = new ArrayList<>(ka);
        removed.removeAll(new LinkedHashSet<>(kb));
        if (i == 0 || j == 0) {
            return new LayerChange(i, j, ka.size(), kb.size(), added, removed, Double.NaN, Double.NaN, 0, false);
        }
        boolean sameShape = ka.equals(kb) && keysA.get(i - 1).equals(keysB.get(j - 1));
        double[] norms = weightChange(i, j);
        int compared = (int) norms[2];
        return new LayerChange(i, j, ka.size(), kb.size(), added, removed, compared == 0 ? Double.NaN : norms[0],
                compared == 0 || norms[1] == 0 ? Double.NaN : norms[0] / norms[1], compared, sameShape);
    }

    /** {norm of the change, norm of the first version's weights, weights compared} over the common connections. */
    private double[] weightChange(int i, int j) {
        WeightMatrix wa = a.getLayers().get(i).getWeights();
        WeightMatrix wb = b.getLayers().get(j).getWeights();
        if (!usable(wa) || !usable(wb)) {
            return new double[3];
        }
        Map<String, Integer> rowsB = index(keysB.get(j));
        Map<String, Integer> colsB = index(keysB.get(j - 1));
        List<String> colsA = keysA.get(i - 1);
        double change = 0;
        double base = 0;
        int n = 0;
        List<String> rowsA = keysA.get(i);
        for (int r = 0; r < rowsA.size() && r < wa.getRows(); r++) {
            Integer rb = rowsB.get(rowsA.get(r));
            if (rb == null || rb >= wb.getRows()) {
                continue;
            }
            for (int c = 0; c < colsA.size() && c < wa.getCols(); c++) {
                Integer cb = colsB.get(colsA.get(c));
                if (cb == null || cb >= wb.getCols()) {
                    continue;
                }
                double va = wa.get(r, c);
                double d = wb.get(rb, cb) - va;
                change += d * d;
                base += va * va;
                n++;
            }
        }
        return new double[] {Math.sqrt(change), Math.sqrt(base), n};
    }

    private static boolean usable(WeightMatrix w) {
        return w != null && w.getValues() != null && w.getValues().length == (long) w.getRows() * w.getCols();
    }

    /** Each layer's node keys: the node id, or "#position" for a node without one. */
    private static List<List<String>> keys(Network n) {
        List<List<String>> all = new ArrayList<>();
        for (Layer l : n.getLayers()) {
            List<String> keys = new ArrayList<>();
            List<Node> nodes = l.getNodes();
            for (int k = 0; k < nodes.size(); k++) {
                String id = nodes.get(k).getId();
                keys.add(id == null || id.isBlank() ? "#" + k : id);
            }
            all.add(keys);
        }
        return all;
    }

    private static int shared(List<String> x, List<String> y) {
        Set<String> s = new LinkedHashSet<>(x);
        int n = 0;
        for (String k : y) {
            if (s.contains(k)) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, Integer> index(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            m.putIfAbsent(keys.get(k), k);
        }
        return m;
    }
}
