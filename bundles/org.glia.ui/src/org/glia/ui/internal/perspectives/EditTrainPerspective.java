package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glia.ui.GliaUi;

/**
 * Editing and retraining: the network large, the versions it came from on the left, properties and controls for
 * precise edits on the right, and the training curves with the running jobs below.
 */
public final class EditTrainPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("versions", IPageLayout.LEFT, 0.22f, editor);
        left.addView(GliaUi.VIEW_VERSIONS);
        IFolderLayout right = layout.createFolder("properties", IPageLayout.RIGHT, 0.7f, editor);
        right.addView(GliaUi.VIEW_PROPERTIES);
        right.addView(GliaUi.VIEW_CONTROLS);
        right.addPlaceholder(GliaUi.VIEW_BRAIN);
        IFolderLayout bottom = layout.createFolder("training", IPageLayout.BOTTOM, 0.6f, editor);
        bottom.addView(GliaUi.VIEW_TRAINING);
        bottom.addView(GliaUi.VIEW_PROGRESS);
        bottom.addPlaceholder(GliaUi.VIEW_HEATMAP);
        bottom.addPlaceholder(GliaUi.VIEW_REGIONS);
        bottom.addPlaceholder(GliaUi.VIEW_COHORT);
        PerspectiveShortcuts.addAll(layout);
    }
}
