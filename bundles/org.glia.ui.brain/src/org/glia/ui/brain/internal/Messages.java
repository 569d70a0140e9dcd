package org.glia.ui.brain.internal;

import org.eclipse.osgi.util.NLS;

/** The brain view's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.brain.internal.messages";

    public static String emptyBrain;
    public static String loadingStudy;
    public static String loadingBrain;
    public static String computingMap;
    public static String cannotShow;
    public static String notPerRegion;
    public static String noAtlas;
    public static String noGl;
    public static String needGl33;
    public static String inputMismatch;
    public static String pickANode;
    public static String mapTitle;
    public static String sourceSubject;
    public static String sourceClass;
    public static String regionLine;
    public static String importance;
    public static String menuColorMap;
    public static String menuMapOf;
    public static String menuSubject;
    public static String menuSubjectCurrent;
    public static String noCohortYet;
    public static String chooseSubjectTitle;
    public static String chooseSubjectMessage;
    public static String exportTitle;
    public static String exportSize;
    public static String badSize;
    public static String exporting;
    public static String exportNoGl;
    public static String exportFailed;
    public static String nothingToExport;
    public static String difference;
    public static String diffSubjects;
    public static String diffClasses;
    public static String diffVersions;
    public static String unknownSubject;
    public static String emptyClass;
    public static String unknownVersion;
    public static String versionInputs;
    public static String versionNoNode;
    public static String versionProblem;
    public static String noNode;
    public static String cannotCompare;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
