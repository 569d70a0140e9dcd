package org.glia.ui;

/** Identifiers of the Glia workbench's perspectives, views, editors and commands, for other bundles and tests. */
public final class GliaUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.glia.ui";

    /** Perspective: network, brain and controls (the paper's Figure 1). */
    public static final String PERSPECTIVE_EXPLORE = "org.glia.ui.perspectives.explore";
    /** Perspective: editing the network and retraining it. */
    public static final String PERSPECTIVE_EDIT_TRAIN = "org.glia.ui.perspectives.editTrain";
    /** Perspective: the cohort's subjects and features. */
    public static final String PERSPECTIVE_COHORT = "org.glia.ui.perspectives.cohort";

    /** View: the 3D brain coloured by importance. */
    public static final String VIEW_BRAIN = "org.glia.ui.views.brain";
    /** View: colour map, mappings, threshold, subject and method. */
    public static final String VIEW_CONTROLS = "org.glia.ui.views.controls";
    /** View: region table of the current map. */
    public static final String VIEW_REGIONS = "org.glia.ui.views.regions";
    /** View: regions x nodes/classes heatmap (the paper's Figure 5). */
    public static final String VIEW_HEATMAP = "org.glia.ui.views.heatmap";
    /** View: loss and accuracy curves, folds, confusion matrix. */
    public static final String VIEW_TRAINING = "org.glia.ui.views.training";
    /** View: the tree of model versions. */
    public static final String VIEW_VERSIONS = "org.glia.ui.views.versions";
    /** View: the cohort's subjects. */
    public static final String VIEW_COHORT = "org.glia.ui.views.cohort";
    /** The platform's properties view. */
    public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet";
    /** The platform's progress view (Jobs). */
    public static final String VIEW_PROGRESS = "org.eclipse.ui.views.ProgressView";

    /** Editor: the network of a .glia document. */
    public static final String EDITOR_NETWORK = "org.glia.ui.editors.network";

    private GliaUi() {
    }
}
