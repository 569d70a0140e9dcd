package org.glia.ui.training.internal.handlers;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.glia.model.ModelVersion;
import org.glia.ui.training.internal.Messages;
import org.glia.ui.training.internal.views.VersionsView;

/** "Compare Versions": the two selected versions, or the one selected with its parent. */
public final class CompareVersionsHandler extends VersionHandler {

    @Override
    void run(VersionsView view, List<ModelVersion> selected) {
        if (selected.size() >= 2) {
            view.compare(selected.get(0), selected.get(1));
            return;
        }
        ModelVersion v = selected.get(0);
        if (v.getParent() == null) {
            view.status(NLS.bind(Messages.noParent, v.getId()), null);
        } else {
            view.compare(v.getParent(), v);
        }
    }
}
