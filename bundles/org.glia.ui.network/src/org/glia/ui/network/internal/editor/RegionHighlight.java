package org.glia.ui.network.internal.editor;

import java.util.Locale;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.glia.ui.RegionSelection;
import org.glia.ui.network.NetworkPick;
import org.glia.ui.network.internal.canvas.NetworkCanvas;
import org.glia.ui.network.internal.graph.NetworkSource;

/**
 * Follows the regions other parts make the workbench selection (brain view, region table, heatmap) and marks the
 * input node of that region in the editor's canvas, apart from the editor's own pick (which it leaves alone),
 * panning it into view when it is off-screen. Input nodes are matched by label: the network's input nodes carry
 * the cohort's region names. An empty selection from the part that selected the region clears the mark; other
 * selections (e.g. network picks) leave it.
 */
public final class RegionHighlight implements ISelectionListener {

    private final IWorkbenchPart owner;
    private final NetworkCanvas canvas;
    private NetworkSource network;
    private RegionSelection region;
    private IWorkbenchPart source;

    /** Marks regions in {@code canvas}; selections of {@code owner} itself are ignored. */
    public RegionHighlight(IWorkbenchPart owner, NetworkCanvas canvas) {
        this.owner = owner;
        this.canvas = canvas;
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == owner || !(selection instanceof IStructuredSelection s)) {
            return;
        }
        if (s.getFirstElement() instanceof RegionSelection r) {
            source = part;
            show(r);
        } else if (s.isEmpty() && part == source) {
            source = null;
            show(null);
        }
    }

    /** Marks the input node of {@code r} (null: no mark) and pans it into view. */
    public void show(RegionSelection r) {
        region = r;
        apply(true);
    }

    /** The network drawn changed: the mark follows the region's input node in it, without moving the view. */
    public void networkChanged(NetworkSource shown) {
        network = shown;
        apply(false);
    }

    /** The region marked (whether or not the network has an input node for it), or null. */
    public RegionSelection region() {
        return region;
    }

    private void apply(boolean reveal) {
        if (canvas.isDisposed()) {
            return;
        }
        int node = region == null || network == null ? -1 : inputNode(network, region.name());
        canvas.setRegionMark(node < 0 ? null : NetworkPick.node(0, node, network.label(0, node)), reveal);
    }

    /**
     * The input node labelled {@code name} (exactly, else ignoring case), or -1 when there is none.
     */
    public static int inputNode(NetworkSource network, String name) {
        if (name == null || name.isBlank()) {
            return -1;
        }
        int inputs = network.sizes()[0];
        String key = name.trim();
        for (int i = 0; i < inputs; i++) {
            if (network.label(0, i).equals(key)) {
                return i;
            }
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (int i = 0; i < inputs; i++) {
            if (network.label(0, i).toLowerCase(Locale.ROOT).equals(lower)) {
                return i;
            }
        }
        return -1;
    }
}
