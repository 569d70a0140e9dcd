package org.glia.ui.regions.internal;

import org.eclipse.osgi.util.NLS;

/** The Regions and Heatmap views' user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.regions.internal.messages";

    public static String regionsEmpty;
    public static String regionsSearch;
    public static String regionsCount;
    public static String columnRank;
    public static String columnRegion;
    public static String columnValue;
    public static String columnMagnitude;
    public static String regionsExportTitle;
    public static String regionsNothingToExport;
    public static String exported;
    public static String cannotWrite;
    public static String heatmapNoModel;
    public static String heatmapLoading;
    public static String heatmapCannotLoad;
    public static String heatmapCannotCompute;
    public static String heatmapNotPerRegion;
    public static String heatmapInputMismatch;
    public static String heatmapComputing;
    public static String heatmapOrdering;
    public static String heatmapColumns;
    public static String heatmapOf;
    public static String heatmapMethod;
    public static String heatmapNatural;
    public static String heatmapNaturalTip;
    public static String heatmapLayer;
    public static String heatmapLayerNodes;
    public static String heatmapClasses;
    public static String heatmapOwnClass;
    public static String heatmapClassMean;
    public static String heatmapSubject;
    public static String heatmapSubjectTitle;
    public static String heatmapTitle;
    public static String heatmapCell;
    public static String heatmapExportTitle;
    public static String heatmapNothingToExport;
    public static String heatmapBadFormat;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
