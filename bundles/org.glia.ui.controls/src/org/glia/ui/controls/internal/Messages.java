package org.glia.ui.controls.internal;

import org.eclipse.osgi.util.NLS;

/** The Controls view's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.controls.internal.messages";

    public static String groupColours;
    public static String colorMap;
    public static String edgeColorMap;
    public static String groupRegionMapping;
    public static String groupEdgeMapping;
    public static String curve;
    public static String curveLinear;
    public static String curveLog;
    public static String curveGamma;
    public static String gamma;
    public static String clampMin;
    public static String clampMax;
    public static String automaticHint;
    public static String groupThreshold;
    public static String threshold;
    public static String thresholdHint;
    public static String belowGlass;
    public static String belowHide;
    public static String opacity;
    public static String topK;
    public static String groupMethod;
    public static String method;
    public static String groupSubject;
    public static String columnSubject;
    public static String columnDiagnosis;
    public static String columnPrediction;
    public static String columnProbability;
    public static String mapOf;
    public static String mapOfSubject;
    public static String mapOfClass;
    public static String noModel;
    public static String loadingCohort;
    public static String cannotLoad;
    public static String classIndex;
    public static String badGamma;
    public static String badNumber;
    public static String badEdgeMapping;
    public static String noPrediction;
    public static String groupCompare;
    public static String compare;
    public static String compareNone;
    public static String compareSubjects;
    public static String compareClasses;
    public static String compareVersions;
    public static String compareA;
    public static String compareB;
    public static String compareHintNone;
    public static String compareHint;
    public static String compareHintTooFew;
    public static String compareHintOneVersion;
    public static String compareHintSame;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
