package org.glia.ui.internal.views;

import org.glia.ui.internal.Messages;

/** The Versions view: the tree of a model's versions. */
public final class VersionsView extends EmptyStateView {

    @Override
    protected String emptyMessage() {
        return Messages.emptyVersions;
    }
}
