package org.glia.ui.training.internal;

import org.eclipse.osgi.util.NLS;

/** The Training and Versions views' user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.training.internal.messages";

    public static String trainingNone;
    public static String trainingNoneHint;
    public static String statusStarting;
    public static String statusFolds;
    public static String statusFinal;
    public static String statusRecorded;
    public static String statusStopped;
    public static String recordedTitle;
    public static String chartLoss;
    public static String chartAccuracy;
    public static String axisEpoch;
    public static String axisLoss;
    public static String axisAccuracy;
    public static String noCurves;
    public static String seriesFold;
    public static String seriesFinal;
    public static String seriesValidation;
    public static String groupFolds;
    public static String groupConfusion;
    public static String columnFold;
    public static String columnEpochs;
    public static String columnTestSize;
    public static String rowMeanSd;
    public static String metricAccuracy;
    public static String metricBalanced;
    public static String metricAuc;
    public static String confusionNone;
    public static String confusionCaption;
    public static String confusionOfFolds;
    public static String confusionTraining;
    public static String confusionCorner;
    public static String confusionTotal;
    public static String notAvailable;
    public static String versionsNoModel;
    public static String versionsLoading;
    public static String versionsNone;
    public static String versionsOf;
    public static String noCurrent;
    public static String columnVersion;
    public static String columnDate;
    public static String columnEdits;
    public static String columnSizes;
    public static String columnAccuracy;
    public static String columnSettings;
    public static String currentVersion;
    public static String noEdits;
    public static String firstVersion;
    public static String accuracyCv;
    public static String accuracyTraining;
    public static String metricsCv;
    public static String metricsTraining;
    public static String settingsEpochs;
    public static String settingsBatch;
    public static String settingsFullBatch;
    public static String settingsPatience;
    public static String reverted;
    public static String noParent;
    public static String openVersionTitle;
    public static String openVersionJob;
    public static String cannotWriteCopy;
    public static String cannotOpenCopy;
    public static String compareTitle;
    public static String compareEdits;
    public static String columnChange;
    public static String rowSizes;
    public static String rowLayer;
    public static String rowInputLayer;
    public static String rowOutputLayer;
    public static String nodes;
    public static String unchanged;
    public static String changed;
    public static String layerAdded;
    public static String layerRemoved;
    public static String nodesAdded;
    public static String nodesRemoved;
    public static String weightChange;
    public static String noAncestor;
    public static String noCommonAncestor;
    public static String editsFromTo;
    public static String noEditsBetween;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
