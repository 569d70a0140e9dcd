package org.glia.ui.training.internal.handlers;

import java.util.List;

import org.glia.model.ModelVersion;
import org.glia.ui.training.internal.views.VersionsView;

/** "Open Version as New Document": writes the study with the selected version as working network and opens it. */
public final class OpenVersionHandler extends VersionHandler {

    @Override
    void run(VersionsView view, List<ModelVersion> selected) {
        view.openAsDocument(selected.get(0));
    }
}
