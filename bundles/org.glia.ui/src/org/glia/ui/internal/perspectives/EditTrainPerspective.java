package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glia.ui.GliaUi;

/** Editing and retraining: the network large, properties for precise edits, training curves and versions. */
public final class EditTrainPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("versions", IPageLayout.LEFT, 0.2f, editor);
        left.addView(GliaUi.VIEW_VERSIONS);
        IFolderLayout right = layout.createFolder("properties", IPageLayout.RIGHT, 0.72f, editor);
        right.addView(GliaUi.VIEW_PROPERTIES);
        right.addView(GliaUi.VIEW_CONTROLS);
        IFolderLayout bottom = layout.createFolder("training", IPageLayout.BOTTOM, 0.62f, editor);
        bottom.addView(GliaUi.VIEW_TRAINING);
        bottom.addView(GliaUi.VIEW_PROGRESS);
        PerspectiveShortcuts.addAll(layout);
    }
}
