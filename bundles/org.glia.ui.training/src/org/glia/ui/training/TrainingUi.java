package org.glia.ui.training;

/** Identifiers of the Training and Versions views' commands and menus, for plugin.xml, other bundles and tests. */
public final class TrainingUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.glia.ui.training";

    /** Command: make a copy of the selected version's network the working network (undoable). */
    public static final String CMD_REVERT = "org.glia.ui.training.revertVersion";
    /** Command: write the study with the selected version as its working network to a new file and open it. */
    public static final String CMD_OPEN_VERSION = "org.glia.ui.training.openVersion";
    /** Command: compare the two selected versions (or the selected one with its parent). */
    public static final String CMD_COMPARE = "org.glia.ui.training.compareVersions";

    private TrainingUi() {
    }
}
