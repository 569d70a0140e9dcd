package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.glia.ui.GliaUi;

/**
 * The cohort: its subjects, diagnoses and feature distributions large on the left; the brain beside them, with
 * the controls (whose test subject follows the cohort table) and the region table below it.
 */
public final class CohortPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        IFolderLayout cohort = layout.createFolder("cohort", IPageLayout.LEFT, 0.55f, editor);
        cohort.addView(GliaUi.VIEW_COHORT);
        cohort.addPlaceholder(GliaUi.VIEW_VERSIONS);
        IFolderLayout brain = layout.createFolder("brain", IPageLayout.RIGHT, 0.45f, "cohort");
        brain.addView(GliaUi.VIEW_BRAIN);
        IFolderLayout below = layout.createFolder("regions", IPageLayout.BOTTOM, 0.55f, "brain");
        below.addView(GliaUi.VIEW_REGIONS);
        below.addView(GliaUi.VIEW_CONTROLS);
        below.addPlaceholder(GliaUi.VIEW_HEATMAP);
        below.addPlaceholder(GliaUi.VIEW_PROPERTIES);
        below.addPlaceholder(GliaUi.VIEW_PROGRESS);
        PerspectiveShortcuts.addAll(layout);
    }
}
