package org.glia.ui.network.internal.graph;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.core.color.ColorMaps;

/** Makes a {@link Scene} from a {@link SceneRequest}; long for large networks, so run it off the UI thread. */
public final class SceneBuilder {

    private SceneBuilder() {
    }

    /**
     * Builds the scene (copying a captured network first). A subject input that does not fit the network leaves
     * the nodes uncoloured.
     *
     * @throws OperationCanceledException when the monitor is cancelled
     * @throws IllegalArgumentException   naming the fault when the captured network holds a non-finite value
     */
    public static Scene build(SceneRequest request, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        NetworkSnapshot network = request.snapshot();
        GraphLayout layout = new GraphLayout(network.sizes());
        DrawnEdges edges = LevelOfDetail.select(network, request.settings().edgeBudget(), sub.split(5));
        EdgeStyle style = EdgeStyle.of(request.settings(), network.maxAbsPerPair());
        EdgeBatches batches = EdgeBatches.of(network, layout, edges, style, sub.split(4));
        NodeActivity activity = null;
        if (request.input() != null && request.input().length == network.size(0)) {
            activity = NodeActivity.of(network, request.subject(), request.input(),
                    ColorMaps.find(request.settings().nodeColorMap()).orElseGet(ColorMaps::defaultMap));
        }
        sub.worked(1);
        return new Scene(network, layout, edges, style, batches, activity, request.settings());
    }
}
