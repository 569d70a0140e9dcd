package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glia.ui.GliaUi;

/** The cohort: its subjects and diagnoses large, the brain and region table beside them. */
public final class CohortPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout cohort = layout.createFolder("cohort", IPageLayout.LEFT, 0.55f, editor);
        cohort.addView(GliaUi.VIEW_COHORT);
        IFolderLayout brain = layout.createFolder("brain", IPageLayout.RIGHT, 0.45f, "cohort");
        brain.addView(GliaUi.VIEW_BRAIN);
        IFolderLayout regions = layout.createFolder("regions", IPageLayout.BOTTOM, 0.6f, "brain");
        regions.addView(GliaUi.VIEW_REGIONS);
        PerspectiveShortcuts.addAll(layout);
    }
}
