package org.glia.render;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.glia.atlas.AtlasMeshes;
import org.glia.atlas.AtlasSurfaces;
import org.glia.atlas.LabelTable;
import org.glia.atlas.MeshOptions;
import org.glia.core.io.DataException;

/** Builds brain scenes from a NIfTI label atlas, with the meshes from the atlas's on-disk mesh cache. */
public final class BrainScenes {

    /**
     * Triangles of the lighter meshes drawn while dragging: llvmpipe draws about this many at well over 30
     * frames per second at 800x600.
     */
    public static final int DRAG_BUDGET = 60_000;

    private BrainScenes() {
    }

    /**
     * A scene of the table's regions with the default meshes (and lighter drag meshes when asked).
     *
     * @throws DataException when the atlas cannot be read
     */
    public static BrainScene load(Path atlas, LabelTable labels, boolean dragMeshes, IProgressMonitor monitor)
            throws DataException {
        return load(atlas, labels, dragMeshes, MeshOptions.defaults().triangleBudget(), monitor);
    }

    /**
     * A scene of the table's regions whose meshes share {@code triangleBudget} triangles (the user's preference
     * in the workbench), with lighter drag meshes when asked and the budget is above {@link #DRAG_BUDGET}.
     *
     * @throws DataException            when the atlas cannot be read
     * @throws IllegalArgumentException when the budget is too small for any mesh
     */
    public static BrainScene load(Path atlas, LabelTable labels, boolean dragMeshes, int triangleBudget,
            IProgressMonitor monitor) throws DataException {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading brain surfaces", dragMeshes ? 2 : 1);
        MeshOptions options = MeshOptions.defaults().withBudget(triangleBudget);
        AtlasMeshes full = AtlasSurfaces.load(atlas, labels, options, progress.split(1));
        BrainScene scene = new BrainScene(full, labels);
        if (dragMeshes && full.triangleCount() > DRAG_BUDGET) {
            scene.setDragMeshes(AtlasSurfaces.load(atlas, labels, options.withBudget(DRAG_BUDGET), progress.split(1)));
        }
        return scene;
    }
}
