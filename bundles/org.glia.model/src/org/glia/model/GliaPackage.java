package org.glia.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.glia.model.internal.GliaPackageImpl;

/**
 * The Glia metamodel ({@code model/glia.ecore}): its namespace and the literals of its classes and features.
 */
public interface GliaPackage extends EPackage {

    /** The package name. */
    String eNAME = "glia";
    /** The namespace URI written into documents. */
    String eNS_URI = "http://www.glia.org/model/1.0";
    /** The namespace prefix. */
    String eNS_PREFIX = "glia";
    /** The package singleton, registered under {@link #eNS_URI} on first use. */
    GliaPackage eINSTANCE = GliaPackageImpl.init();

    /** The classes and features of the metamodel, for reflective and command code. */
    interface Literals {
        /** The Study class. */
        EClass STUDY = GliaPackageImpl.eClass("Study");
        /** Study.name. */
        EAttribute STUDY__NAME = GliaPackageImpl.attribute(STUDY, "name");
        /** Study.cohortPath. */
        EAttribute STUDY__COHORT_PATH = GliaPackageImpl.attribute(STUDY, "cohortPath");
        /** Study.featureSet. */
        EAttribute STUDY__FEATURE_SET = GliaPackageImpl.attribute(STUDY, "featureSet");
        /** Study.classes. */
        EAttribute STUDY__CLASSES = GliaPackageImpl.attribute(STUDY, "classes");
        /** Study.seed. */
        EAttribute STUDY__SEED = GliaPackageImpl.attribute(STUDY, "seed");
        /** Study.network. */
        EReference STUDY__NETWORK = GliaPackageImpl.reference(STUDY, "network");
        /** Study.versions. */
        EReference STUDY__VERSIONS = GliaPackageImpl.reference(STUDY, "versions");
        /** Study.currentVersion. */
        EReference STUDY__CURRENT_VERSION = GliaPackageImpl.reference(STUDY, "currentVersion");
        /** Study.pendingEdits. */
        EAttribute STUDY__PENDING_EDITS = GliaPackageImpl.attribute(STUDY, "pendingEdits");

        /** The ModelVersion class. */
        EClass MODEL_VERSION = GliaPackageImpl.eClass("ModelVersion");
        /** ModelVersion.id. */
        EAttribute MODEL_VERSION__ID = GliaPackageImpl.attribute(MODEL_VERSION, "id");
        /** ModelVersion.parent. */
        EReference MODEL_VERSION__PARENT = GliaPackageImpl.reference(MODEL_VERSION, "parent");
        /** ModelVersion.edits. */
        EAttribute MODEL_VERSION__EDITS = GliaPackageImpl.attribute(MODEL_VERSION, "edits");
        /** ModelVersion.timestamp. */
        EAttribute MODEL_VERSION__TIMESTAMP = GliaPackageImpl.attribute(MODEL_VERSION, "timestamp");
        /** ModelVersion.note. */
        EAttribute MODEL_VERSION__NOTE = GliaPackageImpl.attribute(MODEL_VERSION, "note");
        /** ModelVersion.settings. */
        EReference MODEL_VERSION__SETTINGS = GliaPackageImpl.reference(MODEL_VERSION, "settings");
        /** ModelVersion.metrics. */
        EReference MODEL_VERSION__METRICS = GliaPackageImpl.reference(MODEL_VERSION, "metrics");
        /** ModelVersion.network. */
        EReference MODEL_VERSION__NETWORK = GliaPackageImpl.reference(MODEL_VERSION, "network");

        /** The Network class. */
        EClass NETWORK = GliaPackageImpl.eClass("Network");
        /** Network.layers. */
        EReference NETWORK__LAYERS = GliaPackageImpl.reference(NETWORK, "layers");
        /** Network.seed. */
        EAttribute NETWORK__SEED = GliaPackageImpl.attribute(NETWORK, "seed");
        /** Network.initCount. */
        EAttribute NETWORK__INIT_COUNT = GliaPackageImpl.attribute(NETWORK, "initCount");
        /** Network.nodeCount. */
        EAttribute NETWORK__NODE_COUNT = GliaPackageImpl.attribute(NETWORK, "nodeCount");
        /** Network.inputShift. */
        EAttribute NETWORK__INPUT_SHIFT = GliaPackageImpl.attribute(NETWORK, "inputShift");
        /** Network.inputScale. */
        EAttribute NETWORK__INPUT_SCALE = GliaPackageImpl.attribute(NETWORK, "inputScale");

        /** The Layer class. */
        EClass LAYER = GliaPackageImpl.eClass("Layer");
        /** Layer.kind. */
        EAttribute LAYER__KIND = GliaPackageImpl.attribute(LAYER, "kind");
        /** Layer.activation. */
        EAttribute LAYER__ACTIVATION = GliaPackageImpl.attribute(LAYER, "activation");
        /** Layer.nodes. */
        EReference LAYER__NODES = GliaPackageImpl.reference(LAYER, "nodes");
        /** Layer.weights. */
        EReference LAYER__WEIGHTS = GliaPackageImpl.reference(LAYER, "weights");

        /** The Node class. */
        EClass NODE = GliaPackageImpl.eClass("Node");
        /** Node.id. */
        EAttribute NODE__ID = GliaPackageImpl.attribute(NODE, "id");
        /** Node.label. */
        EAttribute NODE__LABEL = GliaPackageImpl.attribute(NODE, "label");
        /** Node.bias. */
        EAttribute NODE__BIAS = GliaPackageImpl.attribute(NODE, "bias");

        /** The WeightMatrix class. */
        EClass WEIGHT_MATRIX = GliaPackageImpl.eClass("WeightMatrix");
        /** WeightMatrix.rows. */
        EAttribute WEIGHT_MATRIX__ROWS = GliaPackageImpl.attribute(WEIGHT_MATRIX, "rows");
        /** WeightMatrix.cols. */
        EAttribute WEIGHT_MATRIX__COLS = GliaPackageImpl.attribute(WEIGHT_MATRIX, "cols");
        /** WeightMatrix.values (transient). */
        EAttribute WEIGHT_MATRIX__VALUES = GliaPackageImpl.attribute(WEIGHT_MATRIX, "values");

        /** The TrainingSettings class. */
        EClass TRAINING_SETTINGS = GliaPackageImpl.eClass("TrainingSettings");
        /** TrainingSettings.engine. */
        EAttribute TRAINING_SETTINGS__ENGINE = GliaPackageImpl.attribute(TRAINING_SETTINGS, "engine");
        /** TrainingSettings.learningRate. */
        EAttribute TRAINING_SETTINGS__LEARNING_RATE = GliaPackageImpl.attribute(TRAINING_SETTINGS, "learningRate");
        /** TrainingSettings.epochs. */
        EAttribute TRAINING_SETTINGS__EPOCHS = GliaPackageImpl.attribute(TRAINING_SETTINGS, "epochs");
        /** TrainingSettings.batchSize. */
        EAttribute TRAINING_SETTINGS__BATCH_SIZE = GliaPackageImpl.attribute(TRAINING_SETTINGS, "batchSize");
        /** TrainingSettings.l2. */
        EAttribute TRAINING_SETTINGS__L2 = GliaPackageImpl.attribute(TRAINING_SETTINGS, "l2");
        /** TrainingSettings.patience. */
        EAttribute TRAINING_SETTINGS__PATIENCE = GliaPackageImpl.attribute(TRAINING_SETTINGS, "patience");
        /** TrainingSettings.validationFraction. */
        EAttribute TRAINING_SETTINGS__VALIDATION_FRACTION =
                GliaPackageImpl.attribute(TRAINING_SETTINGS, "validationFraction");
        /** TrainingSettings.seed. */
        EAttribute TRAINING_SETTINGS__SEED = GliaPackageImpl.attribute(TRAINING_SETTINGS, "seed");
        /** TrainingSettings.folds. */
        EAttribute TRAINING_SETTINGS__FOLDS = GliaPackageImpl.attribute(TRAINING_SETTINGS, "folds");

        /** The Metrics class. */
        EClass METRICS = GliaPackageImpl.eClass("Metrics");
        /** Metrics.folds. */
        EAttribute METRICS__FOLDS = GliaPackageImpl.attribute(METRICS, "folds");
        /** Metrics.accuracy. */
        EAttribute METRICS__ACCURACY = GliaPackageImpl.attribute(METRICS, "accuracy");
        /** Metrics.accuracySd. */
        EAttribute METRICS__ACCURACY_SD = GliaPackageImpl.attribute(METRICS, "accuracySd");
        /** Metrics.balancedAccuracy. */
        EAttribute METRICS__BALANCED_ACCURACY = GliaPackageImpl.attribute(METRICS, "balancedAccuracy");
        /** Metrics.balancedAccuracySd. */
        EAttribute METRICS__BALANCED_ACCURACY_SD = GliaPackageImpl.attribute(METRICS, "balancedAccuracySd");
        /** Metrics.auc. */
        EAttribute METRICS__AUC = GliaPackageImpl.attribute(METRICS, "auc");
        /** Metrics.aucSd. */
        EAttribute METRICS__AUC_SD = GliaPackageImpl.attribute(METRICS, "aucSd");
        /** Metrics.confusion. */
        EAttribute METRICS__CONFUSION = GliaPackageImpl.attribute(METRICS, "confusion");
        /** Metrics.foldMetrics. */
        EReference METRICS__FOLD_METRICS = GliaPackageImpl.reference(METRICS, "foldMetrics");

        /** The FoldMetrics class. */
        EClass FOLD_METRICS = GliaPackageImpl.eClass("FoldMetrics");
        /** FoldMetrics.fold. */
        EAttribute FOLD_METRICS__FOLD = GliaPackageImpl.attribute(FOLD_METRICS, "fold");
        /** FoldMetrics.testSize. */
        EAttribute FOLD_METRICS__TEST_SIZE = GliaPackageImpl.attribute(FOLD_METRICS, "testSize");
        /** FoldMetrics.epochs. */
        EAttribute FOLD_METRICS__EPOCHS = GliaPackageImpl.attribute(FOLD_METRICS, "epochs");
        /** FoldMetrics.accuracy. */
        EAttribute FOLD_METRICS__ACCURACY = GliaPackageImpl.attribute(FOLD_METRICS, "accuracy");
        /** FoldMetrics.balancedAccuracy. */
        EAttribute FOLD_METRICS__BALANCED_ACCURACY = GliaPackageImpl.attribute(FOLD_METRICS, "balancedAccuracy");
        /** FoldMetrics.auc. */
        EAttribute FOLD_METRICS__AUC = GliaPackageImpl.attribute(FOLD_METRICS, "auc");

        /** The LayerKind enumeration. */
        EEnum LAYER_KIND = (EEnum) GliaPackageImpl.classifier("LayerKind");
        /** The ActivationFunction enumeration. */
        EEnum ACTIVATION_FUNCTION = (EEnum) GliaPackageImpl.classifier("ActivationFunction");
        /** The DoubleArray data type ({@code double[]}, not serialisable as text). */
        EDataType DOUBLE_ARRAY = (EDataType) GliaPackageImpl.classifier("DoubleArray");
    }
}
