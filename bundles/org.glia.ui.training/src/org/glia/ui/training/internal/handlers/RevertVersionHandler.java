package org.glia.ui.training.internal.handlers;

import java.util.List;

import org.glia.model.ModelVersion;
import org.glia.ui.training.internal.views.VersionsView;

/** "Revert to Version": the selected version's network becomes the working network (undoable). */
public final class RevertVersionHandler extends VersionHandler {

    @Override
    void run(VersionsView view, List<ModelVersion> selected) {
        view.revert(selected.get(0));
    }
}
