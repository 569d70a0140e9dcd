package org.glia.ui.network.internal.graph;

import java.util.List;

/**
 * The edges the view draws, per layer pair, as chosen by {@link LevelOfDetail}.
 *
 * @param pairs   one entry per layer pair, input side first
 * @param perNode the number of strongest edges kept per node, or 0 when every edge is drawn
 * @param total   the number of edges of the network
 * @param budget  the edge budget the choice was made for
 */
public record DrawnEdges(List<PairEdges> pairs, int perNode, long total, long budget) {

    /** Creates the record, copying the list. */
    public DrawnEdges {
        pairs = List.copyOf(pairs);
    }

    /** Number of edges drawn. */
    public long drawn() {
        long n = 0;
        for (PairEdges p : pairs) {
            n += p.drawn();
        }
        return n;
    }

    /** True when some edges are left out (drawn as bands). */
    public boolean isReduced() {
        return perNode > 0;
    }

    /** The edges of pair {@code p}. */
    public PairEdges pair(int p) {
        return pairs.get(p);
    }
}
