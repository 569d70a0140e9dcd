package org.glia.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.internal.messages";

    public static String windowTitle;
    public static String menuFile;
    public static String menuEdit;
    public static String menuWindow;
    public static String menuOpenPerspective;
    public static String menuShowView;
    public static String menuHelp;
    public static String emptyNetwork;
    public static String emptyNetworkHint;
    public static String regionName;
    public static String regionIndex;
    public static String regionValue;
    public static String regionRank;
    public static String regionRankValue;
    public static String regionMap;
    public static String regionCategory;
    public static String noModelTitle;
    public static String noModelTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
