package org.glia.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The preference page's user-visible strings, from messages.properties. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.internal.preferences.messages";

    public static String description;
    public static String groupColours;
    public static String groupBrain;
    public static String groupTraining;
    public static String groupSession;
    public static String colorMap;
    public static String divergingColorMap;
    public static String edgeColorMap;
    public static String threshold;
    public static String thresholdMode;
    public static String modeGlass;
    public static String modeHide;
    public static String topK;
    public static String triangleBudget;
    public static String engine;
    public static String engineAuto;
    public static String engineJava;
    public static String engineDl4j;
    public static String learningRate;
    public static String epochs;
    public static String batchSize;
    public static String l2;
    public static String folds;
    public static String autosaveSeconds;
    public static String undoLimit;
    public static String undoLimitTip;
    public static String thresholdTip;
    public static String batchSizeTip;
    public static String foldsTip;
    public static String autosaveTip;
    public static String triangleBudgetTip;
    public static String notAChoice;
    public static String notWhole;
    public static String notANumber;
    public static String notPositive;
    public static String negative;
    public static String oneFold;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
