package org.glia.ui.network.internal;

import org.eclipse.osgi.util.NLS;

/** The network editor's user-visible strings, from messages.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.glia.ui.network.internal.messages";

    public static String loading;
    public static String preparing;
    public static String cannotOpen;
    public static String cannotShow;
    public static String cannotSave;
    public static String saveAsTitle;
    public static String legendEdges;
    public static String legendEdgesSequential;
    public static String legendEdgesPerPair;
    public static String legendEdgesPerPairSequential;
    public static String legendLargest;
    public static String legendNodes;
    public static String legendLow;
    public static String legendHigh;
    public static String pickedActivation;
    public static String legendNoSubject;
    public static String legendReduced;
    public static String legendAll;
    public static String pickedNode;
    public static String pickedEdge;
    public static String regionMark;
    public static String undo;
    public static String redo;
    public static String undoNothing;
    public static String redoNothing;
    public static String needNode;
    public static String needEdge;
    public static String needNodeOrEdge;
    public static String noModel;
    public static String addNodesTitle;
    public static String addNodesPrompt;
    public static String insertLayerTitle;
    public static String insertLayerPrompt;
    public static String setWeightTitle;
    public static String setWeightPrompt;
    public static String scaleTitle;
    public static String scalePrompt;
    public static String notANumber;
    public static String notACount;
    public static String openModelTitle;
    public static String openFailed;
    public static String edgeBudgetTitle;
    public static String edgeBudgetPrompt;
    public static String propLayer;
    public static String propIndex;
    public static String propLabel;
    public static String propBias;
    public static String propActivation;
    public static String propFrom;
    public static String propTo;
    public static String propWeight;
    public static String noActivation;
    public static String trainJob;
    public static String trainCvJob;
    public static String trainLoading;
    public static String trainNoCohort;
    public static String trainBadSettings;
    public static String trainCohortRefused;
    public static String trainMoreProblems;
    public static String trainUnknownFeatures;
    public static String trainInputsMismatch;
    public static String trainOutputsMismatch;
    public static String trainTooFewForCv;
    public static String trainEngine;
    public static String trainCannot;
    public static String trainRunning;
    public static String trainCancelled;
    public static String trainFailed;
    public static String trainRefused;
    public static String trainDoneCv;
    public static String trainDone;
    public static String trainDoneCvFromWeights;
    public static String trainCvFromWeightsJob;
    public static String trainBadDefaults;
    public static String trainError;
    public static String trainNoResult;
    public static String trainNoteLabel;
    public static String trainNoteFresh;
    public static String trainNoteFromWeights;
    public static String trainProgressFinal;
    public static String trainProgressFold;
    public static String trainEditorClosed;
    public static String studyLoadingCohort;
    public static String propCategoryNode;
    public static String propCategoryLayer;
    public static String propLayerKind;
    public static String propLayerSize;
    public static String propLayerFunction;
    public static String propLayerWeights;
    public static String propLayerWeightsValue;
    public static String studyNoCohort;
    public static String studyUnknownFeatureSet;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
