package org.glia.model;

import org.eclipse.emf.ecore.EFactory;

/** Creates the objects of the Glia metamodel. */
public interface GliaFactory extends EFactory {

    /** The factory singleton. */
    GliaFactory eINSTANCE = (GliaFactory) GliaPackage.eINSTANCE.getEFactoryInstance();

    /** A new empty study. */
    Study createStudy();

    /** A new empty model version. */
    ModelVersion createModelVersion();

    /** A new empty network. */
    Network createNetwork();

    /** A new empty layer. */
    Layer createLayer();

    /** A new node. */
    Node createNode();

    /** A new 0 x 0 weight matrix. */
    WeightMatrix createWeightMatrix();

    /** New training settings. */
    TrainingSettings createTrainingSettings();

    /** New metrics. */
    Metrics createMetrics();

    /** New fold metrics. */
    FoldMetrics createFoldMetrics();
}
