package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glia.ui.GliaUi;

/**
 * The paper's Figure 1 arrangement: the network in the editor area on the left, the brain beside it with the
 * controls below, and under the network the region table and the heatmap of the map being explained.
 */
public final class ExplorePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout brain = layout.createFolder("brain", IPageLayout.RIGHT, 0.5f, editor);
        brain.addView(GliaUi.VIEW_BRAIN);
        IFolderLayout controls = layout.createFolder("controls", IPageLayout.BOTTOM, 0.62f, "brain");
        controls.addView(GliaUi.VIEW_CONTROLS);
        controls.addView(GliaUi.VIEW_PROPERTIES);
        IFolderLayout below = layout.createFolder("below", IPageLayout.BOTTOM, 0.66f, editor);
        below.addView(GliaUi.VIEW_REGIONS);
        below.addView(GliaUi.VIEW_HEATMAP);
        below.addPlaceholder(GliaUi.VIEW_VERSIONS);
        below.addPlaceholder(GliaUi.VIEW_TRAINING);
        below.addPlaceholder(GliaUi.VIEW_PROGRESS);
        below.addPlaceholder(GliaUi.VIEW_COHORT);
        PerspectiveShortcuts.addAll(layout);
    }
}
