package org.glia.ui.cohort.internal;

import org.eclipse.osgi.util.NLS;

/** The cohort view's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.cohort.internal.messages";

    public static String emptyCohort;
    public static String loading;
    public static String cannotLoad;
    public static String header;
    public static String headerPredicted;
    public static String classCount;
    public static String feature;
    public static String plotTitle;
    public static String plotEmpty;
    public static String columnSubject;
    public static String columnDiagnosis;
    public static String columnMeanDegree;
    public static String columnRegion;
    public static String columnPrediction;
    public static String columnProbability;
    public static String columnIndex;
    public static String columnRegionName;
    public static String columnF;
    public static String columnFTip;
    public static String columnClass;
    public static String columnN;
    public static String columnMean;
    public static String columnSd;
    public static String columnMedian;
    public static String none;
    public static String openTitle;
    public static String openMessage;
    public static String openFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
