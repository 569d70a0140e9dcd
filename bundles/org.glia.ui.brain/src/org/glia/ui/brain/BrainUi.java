package org.glia.ui.brain;

/** Identifiers of the brain view and its commands, for plugin.xml, other bundles and tests. */
public final class BrainUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.glia.ui.brain";
    /** The brain view (until the workbench's placeholder {@code org.glia.ui.views.brain} is switched to it). */
    public static final String VIEW_ID = "org.glia.ui.views.brain";
    /** The key binding context active while the brain view is. */
    public static final String CONTEXT_ID = "org.glia.ui.brain.context";

    /** Command: back to the home view (Home). */
    public static final String CMD_RESET = "org.glia.ui.brain.reset";
    /** Command: a standard view (1..6); parameter {@link #PARAM_SIDE}. */
    public static final String CMD_STANDARD_VIEW = "org.glia.ui.brain.standardView";
    /** Command: export the view as PNG (Ctrl+Shift+E); optional parameters {@link #PARAM_FILE}, {@link #PARAM_SIZE}. */
    public static final String CMD_EXPORT = "org.glia.ui.brain.exportPng";

    /** Parameter of {@link #CMD_STANDARD_VIEW}: left, right, top, bottom, front or back. */
    public static final String PARAM_SIDE = "org.glia.ui.brain.side";
    /** Parameter of {@link #CMD_EXPORT}: the PNG file; given, no file dialog is shown. */
    public static final String PARAM_FILE = "org.glia.ui.brain.file";
    /** Parameter of {@link #CMD_EXPORT}: WIDTHxHEIGHT; given, no size dialog is shown. */
    public static final String PARAM_SIZE = "org.glia.ui.brain.size";

    private BrainUi() {
    }
}
