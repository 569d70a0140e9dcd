package org.glia.ui.internal.perspectives;

import org.eclipse.ui.IPageLayout;
import org.glia.ui.GliaUi;

/** The perspective and view shortcuts every Glia perspective offers in Window menus. */
final class PerspectiveShortcuts {

    private PerspectiveShortcuts() {
    }

    /** Adds the Glia perspectives and views as shortcuts. */
    static void addAll(IPageLayout layout) {
        layout.addPerspectiveShortcut(GliaUi.PERSPECTIVE_EXPLORE);
        layout.addPerspectiveShortcut(GliaUi.PERSPECTIVE_EDIT_TRAIN);
        layout.addPerspectiveShortcut(GliaUi.PERSPECTIVE_COHORT);
        for (String view : new String[] { GliaUi.VIEW_BRAIN, GliaUi.VIEW_CONTROLS, GliaUi.VIEW_REGIONS,
                GliaUi.VIEW_HEATMAP, GliaUi.VIEW_TRAINING, GliaUi.VIEW_VERSIONS, GliaUi.VIEW_COHORT,
                GliaUi.VIEW_PROPERTIES, GliaUi.VIEW_PROGRESS }) {
            layout.addShowViewShortcut(view);
        }
    }
}
