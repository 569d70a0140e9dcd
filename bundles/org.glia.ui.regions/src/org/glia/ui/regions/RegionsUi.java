package org.glia.ui.regions;

import org.glia.ui.GliaUi;

/** Identifiers of the Regions and Heatmap views and their commands, for plugin.xml, other bundles and tests. */
public final class RegionsUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.glia.ui.regions";

    /** The region table of the map the brain view shows. */
    public static final String VIEW_REGIONS = GliaUi.VIEW_REGIONS;
    /** The regions x nodes/classes heatmap (the paper's Figure 5). */
    public static final String VIEW_HEATMAP = GliaUi.VIEW_HEATMAP;

    /** Command: export the region table as CSV; optional parameter {@link #PARAM_FILE}. */
    public static final String CMD_EXPORT_REGIONS = "org.glia.ui.regions.exportCsv";
    /** Command: export the heatmap; parameter {@link #PARAM_FORMAT}, optional {@link #PARAM_FILE}. */
    public static final String CMD_EXPORT_HEATMAP = "org.glia.ui.regions.heatmap.export";
    /** Command: show the whole heatmap again after zooming. */
    public static final String CMD_FIT_HEATMAP = "org.glia.ui.regions.heatmap.fit";

    /** Parameter of the export commands: the file to write; given, no file dialog is shown. */
    public static final String PARAM_FILE = "org.glia.ui.regions.file";
    /** Parameter of {@link #CMD_EXPORT_HEATMAP}: png, svg or csv. */
    public static final String PARAM_FORMAT = "org.glia.ui.regions.format";

    private RegionsUi() {
    }
}
